// Immigration status (R36): a person's legal status, crossing, detention, deportation and the
// fear of it — in English, Spanish and the mix clients write in. Immigration as a news or policy
// subject, a profession, or a grandparent's migration long ago is not a disclosure.
import { frames, masks, rules, type TopicRules } from './rules.ts';

const LACK = String.raw`(?:no|dont have|don't have|do not have|doesnt have|doesn't have|does not have|didnt have|didn't have|without|lacks?|lacking|never had|never got|can'?t get|couldn'?t get|has no|have no|had no|got no|aint got|sin|no tiene|no tengo|no tienen|bought|fake|false|fraudulent|forged|someone else's|another person's|other people's)`;
// Countries people are most often returned to from here, and "my country" said instead.
const COUNTRY = String.raw`(?:mexico|guatemala|honduras|el salvador|salvador|nicaragua|haiti|venezuela|colombia|ecuador|peru|cuba|the dominican republic|brazil|india|china|nigeria|ghana|somalia|eritrea|afghanistan|syria|ukraine|the philippines|vietnam|jamaica|my country|his country|her country|their country|our country)`;
const PAPERS = String.raw`(?:legal )?(?:papers|papeles|documents|documentos|documentation|status|legal status|id|license|social|social security(?: number)?|ssn|green ?card|work permit|authori[sz]ation)`;

export const immigration: TopicRules = {
  anchors: {
    any: [
      // Topics round 7 (development batch 17): permission to stay, proof of presence, someone
      // else's number, enforcement, clinical shorthand.
      'permission', 'undoc$', 'belongs$', 'enforcement', 'expired$',
      // Topics round 6: Spanish in code-switched messages.
      'permiso', 'vence', 'venci', 'pa(?:i|í)s$', 'cruz', 'detenci', 'indocument',
      'residen',
      // Development batch 14 (topics round 5): a counsellor's questions, a right to remain, a
      // deadline to leave, a return that would be refused.
      'stamp$', 're-?enter', 'reenter',
      'redada',
      // Topics round 12: a threat of a plane home, a protection that runs out.
      'plane$', 'planes$', 'flight$', 'protect', 'brought$', 'carried$',
      'papers?$', 'sponsorship', 'sponsored', 'sponsoring', 'greencard', 'rivers?$',
      'immigra', 'inmigra', 'migra', 'deport', 'visa', 'papel', 'document', 'status', 'border', 'frontera', 'asyl', 'asilo',
      'refug', 'citizen', 'naturali', 'resident', 'daca', 'dreamer', 'permit', 'authori', 'ice$', 'uscis', 'cbp', 'tps$',
      'overst', 'coyote', 'smuggl', 'pollero', 'cross', 'cruz', 'detain', 'detention', 'detenci', 'custody', 'remov', 'legal', 'illegal',
      'undocumented', 'indocumentad', 'stash', 'desert', 'rio$', 'r[ií]o$',
      'tunnel', 'snuck', 'sneak', 'ssn', 'itin$', 'passport', 'petition', 'i-130', 'parole', 'credible', 'entry',
      'hielera', 'ankle', 'checkpoint', 'raid', 'agents', 'otro$',
      'inspection', 'bond$',
      'cartel', 'k-1$', 'h-?1b$', 'fianc', 'quedaron', 'container',
      'trains?$', 'tren$', 'mountains', 'mexico',
      // Frame heads (see the frames at the end of the rules).
      'ids?$', 'identity', 'numero', 'official', 'guatemala', 'honduras', 'salvador', 'nicaragua', 'haiti',
      'venezuela', 'colombia', 'ecuador', 'peru$', 'cuba$', 'dominican', 'brazil', 'india$', 'china$', 'nigeria', 'ghana', 'somalia',
      'eritrea', 'afghanistan', 'syria', 'ukraine', 'philippines', 'vietnam', 'jamaica', 'ship(?:ped|s|ping)?$', 'hearing', 'court$',
      'lawyer', 'attorney', 'interview', 'officers?$', 'jungle', 'darien', 'trailer', 'boxes$', 'freight', 'bestia',
      'mountain$', 'pay$', 'pays$', 'paying$', 'paid$', 'owed?$', 'charged', 'debt', 'caught', 'arrested', 'rounded', 'workplace',
      'worksite', 'uniforms?$', 'vests?$', 'vans?$', 'suvs?$', 'cash$', 'marri', 'tijuana', 'ju[aá]rez', 'reynosa',
      'matamoros', 'nogales', 'piedras', 'mexicali', 'protection', 'refuge', 'stolen', 'lawful', 'presence', 'airport', 'plane$',
      'checkpoints?$', 'raids?$', 'reported', 'ambulance', 'federal', 'apprehended', 'transferred', 'complain', 'hers$', 'cages?$', 'perrera', 'icebox', 'charge$', 'affect$', 'agents$',
      'judge', 'remain', 'monitor', 'pas(?:ar|ara|ó|amos|aron)$', 'fled', 'flee', 'escaped', 'escaping', 'permit', 'unaccompanied', 'fake', 'bought', 'borrowed', 'mixed-status', 'supposed', 'permission',
    ],
    pairs: [
      // Topics round 8 (development batch 18).
      'real social', 'right social', 'real id', 'valid id', 'real number', 'right papers', 'proper papers', 'real papers', 'right card', 'real card', 'proper card', 'valid card', 'got here', 'came here', 'get across', 'got across', 'it across', 'to remain', 'to reside', 'me return', 'us return', 'him return',
      'her return', 'them return',
      'of another', 'of someone', 'get legal', 'become legal', 'getting legal', 'back into', 'know i\'m', "know we're", 'know im', 'are from', 'come from', 'were from', 'came from', 'an ambulance', 'the hospital', 'the cops', 'has papers', 'has her', 'has his', 'have papers', 'their papers', 'in truck', 'a truck', 'of truck', 'here without', 'country without', 'came without', 'living without', 'working without', 'only one', 'came to', 'of status', "they'll remove", 'will remove', 'could remove', 'authorities on', 'immigration on',
      'can\'t say', 'cant say', 'to complain', 'swam across', 'swam over', 'here legally', 'keep us', 'kept us', 'keeps us', 'they take', 'they took',
      'they pick', 'be allowed', 'be able', 'be let', 'come home', 'came home', 'in mexico', 'in guatemala', 'in honduras', 'in case', 'raids',
      'no license', 'no licence', 'a license', 'a licence', 'my license', 'my licence', 'the license', 'valid license', 'no social', 'cousins social', 'cousin social', 'else social', 'his situation', 'her situation', 'their situation', 'a truck', 'of truck', 'born before', 'born after', 'citizen but', 'citizens but',
      'the number', 'right to', 'come back', 'get back', 'getting back', 'coming back', 'other side', 'got picked', 'was picked', 'were picked',
      'been picked', 'got taken', 'was taken', 'were taken', 'they took', 'they picked', 'they grabbed', 'were taking', 'are taking',
      'got grabbed', 'coming for', 'came for', 'the table', 'the books', 'lose my', 'lost my', 'losing my', 'lose her', 'lose his', 'lose our',
      'we came', 'i came', 'they came', 'we got', 'they got',
      'us stay', 'me stay', 'her stay', 'him stay', 'them stay', 'us remain', 'working here', 'a raid', 'the raid', 'check papers', 'checks papers', 'checking papers', 'check ids', 'check documents',
      'her social', 'his social', 'your social',
      'any id', 'who got', 'us over', 'me over', 'her over', 'us across', 'only one', 'a social',
      'waiting on', 'waiting for', 'fix my', 'fix his', 'fix her', 'fixing my', 'fixed my', 'get my', 'get his', 'get her', 'back legally', 'here legally',
      'sponsor petition', 'sponsor visa', 'sponsor my', 'sponsor her', 'sponsor his', 'sponsor our', 'green card', 'green cards',
      'find out', 'found out', 'him away', 'her away', 'mom away', 'dad away', 'them away', 'me away', 'come for', 'being reported',
      'bag packed', 'the line', 'a truck', 'the wall', 'brought here', 'brought to', 'brought us', 'be here', "person's documents", 'person documents', 'else name', 'else papers', 'else documents', 'else social',
      "else's name", 'sent back', 'send back', 'sending back', 'send him', 'send her', 'send me', 'send us', 'send them', 'send my',
      'sent him', 'sent her', 'sent me', 'sent us', 'sent them', 'sent my', 'put him', 'put her', 'put my', 'plane back', 'about where',
      // Topics round 12: the person sent back named by any possessive.
      'send his', 'send their', 'send our', 'send your', 'send the', 'sent his', 'sent their', 'sent our', 'sent your', 'sent the',
      'sending his', 'sending her', 'sending their', 'sending our', 'sending my', 'sending the', 'put their', 'put our', 'put the',
      'back in', 'the country', 'home country', 'a social', 'fake social', 'social security', 'no social', 'my situation',
      'our situation', 'mixed status', 'notice to', 'valid id', 'an id', 'no id', 'fake id', 'guide who', 'aged out', 'the officers',
      'entry with', 'entered with', 'entered the', 'entering the', 'came here', 'came in', 'came over', 'came through', 'came thru',
      'came with', 'came on', 'came to', 'come here', 'come in', 'come over', 'entered on', 'brought as', 'get across',
      'paid a', 'paid someone', 'paid somebody', 'paid people', 'paid the', 'who crossed', 'who brought', 'who took',
      'brought me', 'brought her', 'brought him', 'brought them', 'through mexico', 'my country', 'our country', 'her country',
      'his country', 'home country', 'got sent', 'get sent', 'was sent', 'were sent', 'be sent', 'being sent', 'been sent',
      'never had', 'never got', 'processing center', 'processing centre', 'sent to', 'came alone', 'came solo', 'came solos',
      'the agents', 'immigration agents', 'federal agents', 'para que',
      'order to', 'letter from', 'never went', 'never left', 'proof i', 'proof that', 'proof we', 'proof he', 'proof she', 'proof they',
      'us across', 'me across', 'her across', 'him across', 'them across', 'got across',
    ],
  },
  masks: masks([
    // Topics round 13 (development batch 23): put out of a party or a game, said as a joke.
    String.raw`\bdeport(?:ed|s|ing)? (?:us |me |him |her |them )?from (?:the|a|his|her|my|our|their|this|that) (?:party|game|class|group|chat|club|bar|room|house|kitchen|table|sleepover|dance|lesson)\b`,
    // Topics round 12 (development batch 22): a status that is a form or an update, things
    // "deported" to the attic, and a border crossed for a match or a holiday.
    String.raw`\bstatus (?:form|forms|update|updates|report|reports|bar|symbol|check|meeting|call|message|post|page|sheet|light|icon|quo|code)\b`,
    // A relative updated on a patient's status, or calling to check on it, is a ward's news, not a legal status.
    String.raw`\b(?:updated|update|updates|updating|informed) (?:on|about|re:?) (?:his|her|their|pt'?s|patient'?s|(?:mother|father|mom|mum|dad|wife|husband|son|daughter)'?s) (?:current |clinical |medical )?status\b|\b(?:call|calls|called|calling|phone|phoned|phoning|ring|rang) (?:back )?to check on (?:his|her|their|pt'?s|patient'?s|(?:mother|father|mom|mum|dad|wife|husband|son|daughter)'?s) (?:current |clinical |medical )?status\b`,
    String.raw`\bdeport(?:ed|s|ing)? (?:all )?(?:my|his|her|our|their|the) (?:old |spare |broken )?(?:toys|stuff|things|clothes|books|junk|furniture|boxes|belongings|plants|shoes|records|games)\b`,
    String.raw`\bcross(?:ing|ed|es)? the border (?:to|into) \w+ for (?:a|the|his|her|my|our|their) (?:\w+ )?(?:tournament|match|game|holiday|vacation|trip|conference|concert|wedding|weekend|shopping|race|meet|gig)\b`,
    // Topics round 9 (everyday negatives 7, batch 19): a Visa card at a pump, immigration law as a
    // job, an asylum building in a game or film, crossing a line into overtime, a round or a queue
    // one is sent back to, green card stock for invitations.
    String.raw`\bvisa\b(?=[^.]{0,30}\b(?:chip|pin|declined|pump|atm|swipe|tap|statement|balance|points|cash ?back|contactless)\b)|\bgreen card ?stock\b`,
    String.raw`\b(?:does|do|practi[cs]es|practi[cs]ing|studies|studying|teaches|works in|speciali[sz]es in) immigration law\b`,
    String.raw`\b(?:old|abandoned|haunted|insane|lunatic|creepy|victorian) asylums?\b|\basylums?\b(?=[^.]{0,30}\b(?:game|movie|film|show|horror|haunted|creepy|ghosts?|level)\b)`,
    String.raw`\bcross(?:ed|es|ing)? (?:the|that) line into (?:overtime|rude\w*|mean\w*|creepy|obsess\w*|\w+ territory)\b|\b(?:sen[dt](?:ing)? (?:me|us|him|her|them|our team|the team)|(?:got|get|was|were|been) sent) back to (?:the )?(?:qualif\w+(?: round)?|previous round|first round|queue|end of the (?:line|queue)|locker room|dugout|sidelines?)\b`,
    // Topics round 8 (development batch 18): other senses of round-8 and older cue phrases.
    String.raw`\b(?:send|sent|sending|sends) (?:me|him|her|us|them) back (?:a grade|a year|a level|to (?:the |my |his |her )?(?:hospital|er|emergency room|old team|bench|jv|start|beginning|drawing board|square one|my room|rehab|waiting room|minors|kitchen|office|classroom|class))\b`,
    String.raw`\bdeported (?:me |us |him |her |them )?to the (?:kids'? table|folding chairs?|couch|back row|bench|basement|garage|corner|other room|back seat|porch)\b`,
    String.raw`\bgreen card\b(?=[^.]{0,40}\b(?:soccer|football|referee|ref|match|red one|red card|yellow card|the game)\b)`,
    String.raw`\bsocial (?:life|lives|media|skills|anxiety|circle|calendar|butterfly|battery)\b`,
    String.raw`\bkeeps? (?:my|her|his|our) passports? (?:in (?:the|a) (?:safe|drawer|lockbox|file|folder)|safe|so (?:i|we) don'?t lose)\b|\btakes? (?:my|her) (?:car )?keys\b(?=[^.]{0,30}\bborrow)`,
    String.raw`\b(?:papers|documents) (?:organi[sz]ed|sorted|ready|printed|scanned|together|in a folder) for (?:the |my |our )?(?:tax\w*|accountant|appointment|meeting|class|school|bank|mortgage|loan)\b`,
    String.raw`\bdeport\w* (?:my|his|her|our) (?:patience|sanity|will|hope|energy|mood|joy)\b|\b(?:license|licence)\b(?=[^.]{0,40}\b(?:learn\w* to drive|driving (?:lessons|test)|road test|never drove|too young|turn 1[6-8])\b)`,
    String.raw`\b(?:paid|pay) (?:a guy|someone|somebody|people|a man|movers) to (?:bring|move|haul|carry|deliver|get) (?:the|my|our|a|his|her) (?:couch|sofa|furniture|fridge|bed|piano|boxes|stuff|car|table|tv|dresser|washer)\b`,
    String.raw`\bdeport(?:ed|ing)? (?:all )?(?:my|the|our|his|her) (?:old )?(?:photos|pictures|files|data|stuff|music|emails|contacts)\b|\bwork permit for (?:the|a|my) (?:food truck|business|shop|stand|restaurant|renovation|stall)\b`,
    // An ID or licence a person simply has not got with them, or not yet; permits that are not
    // about status (a teenager's work permit, a learner's permit, parking, building).
    String.raw`\b(?:id|ids|license|licence|wallet|passport)s? (?:on (?:me|him|her)|with (?:me|him|her)|at home|in my (?:other )?(?:jacket|bag|car|wallet|purse)|yet)\b|\blicen[cs]e (?:test|exam|suspended|revoked|taken away)\b`,
    String.raw`\b(?:learner'?s|learners|parking|building|fishing|hunting|gun|carry|burn|event|driving) (?:permit|license|licence)\b|\bwork permit (?:for (?:a |her |his |my )?(?:summer|teen|first|part-time|after-school) job|from (?:the )?school|for minors)\b|\b(?:summer|teen|part-time|after-school) job\b[^.]{0,30}\bwork permit\b`,
    String.raw`\bsen[dt](?:ing)? (?:me|us|him|her|them) (?:back )?to (?:summer |sleepaway |boarding |military |band )?(?:camp|school)\b`,
    // Immigration as a subject of news, politics or school, not the person's own status.
    String.raw`\bimmigration (?:debate|policy|policies|reform|politics|law(?:s)? in general|in the \d{2,4}s|history|on the news)\b`,
    String.raw`\b(?:news|documentary|political|politics|debate|unit|class|policy)\b[^.]{0,40}\b(?:immigration|refugees|border wall|the border|migrants|asylum seekers|deportations)\b`,
    String.raw`\b(?:immigration|border)\b[^.]{0,30}\b(?:on the news|in the news|at my office|policy|politics|debate)\b`,
    String.raw`\bborder (?:collie|of (?:the|my|a|his|her)|on (?:the|a|my|his|her) (?:certificate|card|page|invitation|quilt|rug|photo|frame|plate|dress|cake|poster|sign|menu)|around|disputes?|wall)\b|\b(?:gold|table|garden|fence) border\b|\bborder(?:line|ing|s) (?:on|personality)\b`,
    String.raw`\bvisa (?:card|debit|credit|gift)\b|\bvisa (?:application )?for (?:the|a|my) (?:conference|trip|vacation|holiday|honeymoon)\b`,
    String.raw`\boverstay(?:ed|ing)? (?:my|our|his|her|their) (?:welcome|time)\b`,
    // Clinical and social senses of "status".
    String.raw`\b(?:mental|respiratory|neuro(?:logical)?|volume|fluid|functional|hemodynamic|cardiac|nutritional|code|performance|clinical|medical|health|vaccination|immune|hiv|hormone|fasting|npo|ambulatory|pain|weight|cognitive|marital|employment|housing|smoking|socioeconomic|dnr|full code|relationship|financial) status\b|\b(?:updated|update|informed|aware|news) (?:on|of|about) (?:his|her|their|pt'?s|patient'?s|my|our)(?: \w+'?s)? (?:status|condition)\b|\b(?:his|her|their|my) status (?:improved|has improved|worsened|declined|is unchanged|remained|remains|stabili[sz]ed|changed)\b`,
    String.raw`\bstatus (?:at|in|on|with) (?:work|my job|the (?:team|company|office|group))\b|\b(?:relationship|marital|discord|status) (?:status|reports?|update)\b|\bstatus (?:reports?|updates?|on (?:discord|insta\w*|snap\w*|whatsapp|my))\b`,
    String.raw`\bcoyotes? (?:were |was )?(?:howl\w*)\b|\b(?:stray|wild) coyotes?\b`,
    String.raw`\b(?:got|had|in|after-school|lunch) detention\b|\bdetained (?:the (?:whole )?(?:class|flight|plane|team)|at recess)\b`,
    String.raw`\bice (?:cream|skating|cubes?|packs?|bath|tea|rink|on the|storm|water)\b|\b(?:the|some|black) ice\b`,
    String.raw`\b(?:grandpa|grandfather|grandma|grandmother|grandparents|great-\w+|ancestors)\b[^.]{0,30}\b(?:immigrated|came here|came over|refugee)\b`,
    String.raw`(?<!permanent )\bresidency (?:applications?|program|interviews?|match)\b|\bmedical residen\w+\b`,
    // Things that migrate in a body or a computer: a line, a stent, pain, data.
    String.raw`\b(?:line|catheter|stent|tube|lead|pain|clot|tip|picc|ett|ngt|implant|data|files?|server|database)s? (?:has |had |have )?migrat\w+|\bmigrat\w+ (?:of (?:the )?(?:line|catheter|stent|tube|lead|pain|data)|to the cloud|out|in)\b|\b(?:cl|cvl|ij|piv|iv|aline|a-line) (?:to have )?migrat\w+`,
    String.raw`\bmigration of (?:the )?\w+|\b(?:data|bird|butterfly) migration\b`,
    String.raw`\bla frontera (?:is|taco|restaurant)\b`,
    // Being the child of immigrants is a cultural background, not a disclosure of status.
    String.raw`\bimmigrants? (?:parents|family|families|household|background|culture|mom|dad|mother|father|grandparents|roots)\b|\b(?:parents|family|mom|dad|mother|father|grandparents|grandma|grandpa) (?:is|are|were|was) (?:both )?(?:an? )?(?:\w+ )?immigrants?\b(?! (?:without|with no|who (?:don'?t|doesn'?t|do not|does not)|and (?:undocumented|illegal)))|\bchild(?:ren)? of immigrants\b|\b(?:parents|family|mom|dad|mother|father|grandparents) (?:immigrated|emigrated) (?:here )?from [a-z]+\b(?! (?:without|illegally|on a|with no))|\bfirst[- ]gen(?:eration)? (?:immigrant|american)\b`,
    // A holiday across a border is travel, not an immigration story.
    String.raw`\b(?:crossed|cross|crossing|across|over) the border\b(?=[^.]{0,40}\b(?:wine tour|holiday|vacation|honeymoon|day trip|road trip|sightseeing|duty[- ]free|shopping|concert|ski\w*)\b)|\bvisas? for (?:the|our|my|a|this) (?:\w+ )?(?:holiday|vacation|trip|honeymoon|cruise)\b`,
    String.raw`\b(?:trip|vacation|holiday|drive|drove|weekend|shopping|went shopping|day trip|road trip)\b[^.]{0,15}\bacross the border\b`,
    String.raw`\b(?:immigration|asylum) (?:attorney|lawyer)s?\b(?= (?:and|who|at|by|with caseload))`,
    // Topics round 7: "status", "sent back", "refugee", a green card, a visa and naturalisation in
    // their other senses: a place on a list, a queue, a figure of speech, a board game, a trip
    // abroad, a citizenship ceremony attended as a guest, a history lesson.
    String.raw`\b(?:my|his|her|our|their|the) status (?:on|in) the (?:waitlist|waiting list|list|queue|app|portal|system|ticket|order|account|game|leaderboard)\b`,
    String.raw`\bsen[dt](?:ing)? (?:me|us|him|her|them) back (?:to|into) (?:the )?(?:end|back|start|beginning|front) of the (?:line|queue)\b|\bsen[dt] (?:me|us|him|her|them) back to (?:my|his|her|our|their|the) (?:seat|desk|room|office|class|table|car|cell|locker)\b`,
    String.raw`\brefugee from (?:the )?(?:city|cold|heat|suburbs|rat race|corporate world|office|big city|noise|rain|winter|snow)\b`,
    String.raw`\bgreen card\b(?=[^.]{0,30}\b(?:game|skip|turn|deck|uno|draw|play\w*)\b)|\b(?:game|uno|deck)\b[^.]{0,30}\bgreen card\b`,
    String.raw`\b(?:working[- ]holiday|tourist|student|study abroad|exchange|travel) visa\b(?=[^.]{0,50}\b(?:leaves?|leaving|jealous|excited|trip|abroad|semester|gap year)\b)`,
    String.raw`\bnaturali[sz]ation (?:ceremony|oath|party)\b`,
    String.raw`\b(?:history|unit|lesson|reading|course|lecture|textbook)\b[^.]{0,40}\b(?:repatriation|deportation|internment|expulsion)s?\b`,
  ]),
  rules: rules([
    // Topics round 6: more of the Spanish clients mix into English: a work permit, papers that
    // lapse, leaving the country with no way back, crossing a river or desert, detention.
    ['spanish-status', 'act', String.raw`\bpermiso de trabajo\b|\bse (?:me|le|nos|les) (?:vence|venci[oó]|venci[oó]) (?:el permiso|la visa|el asilo|los papeles|el tps|la daca)|\b(?:si|cuando) (?:sale|salgo|salimos|salen|sales) del pa[ií]s,? no (?:puede|puedo|podemos|pueden|puedes) (?:regresar|volver|entrar)|\bcruz(?:amos|[eé]|[oó]|aron|ar) (?:por )?(?:el r[ií]o|la frontera|el desierto|al otro lado)|\b(?:est[aá]|estaba|sigue) en (?:la )?detenci[oó]n\b|\bcentro de detenci[oó]n\b|\bindocumentad[oa]s?\b|\bsin papeles\b`],
    ['undocumented', 'word', String.raw`\bundocumented\b|\bindocumentad[oa]s?\b|\bsin papeles\b|\bno tiene(?:n)? documentos\b`],
    // A person who is illegal or not legal, not an illegal act ("it's illegal to text and drive").
    ['illegal', 'act', String.raw`\billegal(?:ly)? (?:immigrants?|aliens?|here|in (?:the|this) country|crossed|entered|came|brought|living|staying)\b|\b(?:here|came|come|entered|crossed|living|stay(?:ed|ing)?|work(?:ed|ing)?|brought (?:me|us|her|him|them)) illegally\b|\b(?:i'?m|im|we'?re|were|he'?s|hes|she'?s|shes|they'?re|theyre|am|(?:mom|dad|mother|father|parents|family|husband|wife|brother|sister|boyfriend|girlfriend|uncle|aunt|cousin|tio|tia)(?:'?s| is| are| was| were)) (?:here )?(?:illegal|not legal)\b(?! to\b)|\b(?:aren'?t|isn'?t|wasn'?t|weren'?t) (?:here )?legal(?:ly)?\b(?! (?:to|age|drinking|advice|guardian|document))`],
    ['immigration-word', 'word', String.raw`\bimmigra(?:tion|nt|nts|ted|ting)\b|\binmigraci[oó]n\b`],
    ['la-migra', 'act', String.raw`\bla migra\b|\bmigra\b`],
    ['migration-journey', 'act', String.raw`\bmigra(?:tion|ted|nt|nts)\b`],
    ['deport', 'word', String.raw`\bdeport\w*`],
    ['asylum-refugee', 'word', String.raw`\basyl(?:um|ee|ees)\b|\basilo\b|\brefugees?\b|\bcredible fear\b|\bhumanitarian parole\b|\bport of entry\b|\bnotice to appear\b|\bu visa\b|\bt visa\b`],
    ['visa', 'word', String.raw`\bvisas?\b`],
    ['overstay', 'act', String.raw`\boverst(?:ay|ayed|aying|ays)\b`],
    ['green-card-daca', 'word', String.raw`\bgreen ?cards?\b|\bdaca\b|\bdreamers?\b|\bwork permits?\b|\bwork authori[sz]ation\b|\bauthori[sz]ed to work\b|\bauthori[sz]ation to (?:work|remain|stay)\b|\btemporary protected status\b|\bnaturali[sz](?:ation|ed|e)\b|\blawful permanent resident\b|\bpermanent residen(?:t|cy|ce)\b|\bi-130\b|\bitin\b|\bh-?1b\b|\bk-1\b|\bfianc[ée]e? visa\b`],
    ['citizenship', 'act', String.raw`\b(?:citizenship (?:test|interview|exam|ceremony|application|papers)|(?:not|only|the only|isn'?t|aren'?t|wasn'?t|never became|become) (?:a |an )?(?:us |u\.s\. |american )?citizens?\b|citizens? (?:by birth|kids|children|son|daughter)|mixed[ -]status|my residency)\b`],
    ['lacks-papers', 'act', String.raw`\b${LACK} (?:any |valid |a valid |a |the |current |real |legal |(?:my|her|his|their|our) )?${PAPERS}\b`],
    ['status-owned', 'act', String.raw`\b(?:my|her|his|their|our|mom'?s|dad'?s|family'?s|parents'?|legal|immigration|residency|refugee|protected|lawful) status\b|\b(?:wife|husband|mom|dad|mother|father|brother|sister|son|daughter|parents|family|partner|boyfriend|girlfriend|uncle|aunt|cousin|tio|tia)'?s status\b|\b(?:adjustment|change) of status\b|\bbecause of (?:my|our|her|his) situation\b|\bbc of (?:my|our) (?:status|situation)\b`],
    ['papers-issue', 'act', String.raw`\b(?:waiting (?:on|for)|fix(?:ing|ed)?|get(?:ting)?|arregl\w+|process(?:ing)?|sort(?:ing)? out|applied for|apply for|file for|filing) (?:my|his|her|our|their|los|mis|sus) (?:papers|papeles)\b(?! (?:graded|done|printed|signed|back|in|submitted|finished|written|turned|for (?:school|class|work)))|\bask(?:s|ed)? for (?:her|his|my|your|our) (?:social|ssn|papers|documents)\b|\b(?:my|her|his|our|their) papers (?:are|were|is) (?:fine|in order|not|pending|being processed)\b|\bissues? with my papers\b|\bpapers (?:to|so (?:i|he|she|we) could) work\b`],
    ['border-agency', 'word', String.raw`\bborder (?:patrol|agents?|officers?)\b`],
    ['border', 'act', String.raw`\bborder crossings?\b|\b(?:at|across|over|to|through|near|crossing|crossed|cross|reach(?:ed)?) (?:the |la )?(?:southern |us |mexican )?(?:border|frontera)\b|\bla frontera\b`],
    ['crossing', 'act', String.raw`\b(?:cross(?:ed|ing)?|cruz(?:ó|o|amos|aron|ar|é|e)|snuck|sneak|came|come|got|walked|swam|brought us|made it) (?:in |over |across |thru |through |in through |over through )?(?:the |a |el |la )?(?:desert|river|rio|r[ií]o grande|mountains|tunnel|wall|the line|back of a truck|shipping container|freight trains?|en el tren)\b|\btried to cross\b|\bcrossed (?:over )?(?:when (?:i|we|she|he) was|at age|as (?:a|kids|children))\b|\bcrossed (?:at night|\w+ times|twice|without|on foot|with a group)\b|\bcrossing (?:at night|with)\b|\bel otro lado\b|\bse quedaron\b|\bcruz[óo] por\b`],
    ['smuggler', 'act', String.raw`\bsmuggl(?:er|ers|ed|ing)\b|\bcoyotes?\b|\bstash house\b|\bpollero\b|\bpaid (?:a guy|someone|somebody|people|the cartel|a guide|a man|a woman)\b[^.]{0,40}\b(?:bring|get|cross|across|over|through|fee|pass)\b|\b(?:people|person|guy|guys|man|men|guide) who (?:crossed|brought|took|got|bring|bringing|cross|take|smuggle) (?:her|me|us|him|them)\b|\b(?:got|brought|took|snuck) (?:us|me|her|him|them) (?:over|across|through) (?:the )?(?:river|border|desert|line|wall|mountains)\b|\bguide who charged\b|\bthe people who brought (?:me|us|her|him)\b`],
    ['detention', 'act', String.raw`\b(?:detention|processing) (?:cent(?:er|re)|facility|facilities)\b|\bcentro de detenci[oó]n\b|\b(?:immigration|ice|cbp) (?:custody|detention|agents?|officers?|raid|came|showed up|picked|took)\b|\bhielera\b|\b(?:detained|held) (?:at the border|at the check-in|by (?:ice|immigration|border))\b|\bin (?:a )?facility (?:two|three|\w+) states away\b|\bcbp custody\b|\bbond hearing\b`],
    ['ice-lower', 'act', String.raw`\b(?:by|from|to|call|called|calling|with|if|when|in|fear of|afraid of|scared of) ice\b|\bice (?:comes|came|raid(?:ed|s)?|agents?|officers?|picked|took|showed|custody|detention|is)\b`],
    ['removal', 'act', String.raw`\bremoval (?:proceedings|hearing|order|case)\b|\bfinal order\b|\b(?:got|get|was|were|been) removed (?:to [a-z]+|from the country)\b|\b(?:will|would|could|can|to) remove (?:him|her|me|us|them)\b|\b(?:removed|sent back) to (?:mexico|guatemala|honduras|el salvador|[a-z]+) after\b|\bparents were removed\b`],
    ['sent-back', 'act', String.raw`\b(?:send|sent|sending|put) (?:him|her|me|us|them|(?:my|his|her|our|their|your) \w+|the (?:kids|children|family|whole family)|back)\b[^.]{0,25}\b(?:back(?: to| home)?|on a plane back)\b(?! to (?:the office|class|school|work|bed|my room))|\bon a plane back\b|\b(?:got|get|gets|getting|was|were|be|being|been) sent back\b(?! to (?:the|a|my|his|her|our|their|class|school|work|bed|jail|prison|rehab)\b)`, String.raw`!\b(?:nudes?|pics?|photos?|pictures?|selfies?|snaps?|texts?|messages?|emails?|packages?|parcels?|orders?|food|plates?|letters?|forms?|dish(?:es)?|meals?|drinks?|clothes|shoes|items?|books?|keys|money)\b (?:\w+ )?back\b|\bback to (?:the |my |our |his |her |their )?(?:reception|waiting (?:room|area)|front desk|desk|counter|queue|line|start|beginning|square one|drawing board|kitchen|ward|office|class(?:room)?|school|work|bed|room|car|table|shop|store|gp|surgery|clinic|doctor)\b`],
    // Topics round 12 (development batch 22): removal as a threat ("one call and you're on a
    // plane"), and a protection from removal that runs out (a possessive: someone's own).
    // Brought over as a small child ("was brought over when she was two"): an arrival whose
    // subject had no say, dated by an age.
    ['brought-as-child', 'act', String.raw`\b(?:was|were|got|been|being) (?:brought|carried|sent|smuggled) (?:over|here|across|into (?:the|this) country)\b[^.]{0,12}\b(?:when (?:i|she|he|we|they) (?:was|were) (?:a baby|an infant|a toddler|little|small|tiny|a kid|a child|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})|as (?:a baby|an infant|a toddler|a kid|a child|babies|kids|children|little (?:kids|ones))|at (?:age )?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\b`],
    ['plane-threat', 'act', String.raw`\bone (?:phone )?call\b[^.]{0,40}\b(?:on|onto) (?:a|the) (?:next )?(?:plane|flight)\b|\b(?:put|puts|putting|get|gets|have|has|ship|ships|shipped|send|sends) (?:you|me|her|him|them|us) on (?:a|the) (?:next )?(?:plane|flight) (?:home|back)\b`],
    ['protection-lapses', 'act', String.raw`\b(?:my|his|her|their|our|mom'?s|mum'?s|dad'?s|son'?s|daughter'?s|family'?s) (?:temporary )?(?:protection|protected status)\b(?! (?:order|plan|policy|insurance|money|racket))[^.]{0,25}\b(?:runs? out|ran out|running out|expir\w*|ends|ended|ending|lapse[sd]?|is up|(?:gets?|got|was|is) (?:cancell?ed|revoked|terminated))\b`],
    ['cannot-return', 'act', String.raw`\b(?:wouldn'?t|could ?n'?t|would not|could not|won'?t|cannot|can'?t) (?:be able to )?(?:come|get|be let) back in\b|\blet back in\b|\bcan'?t leave the country\b|\bcannot return to (?:my |her |his )?home country\b`],
    ['entry', 'act', String.raw`\b(?:brought|came|come|arrived|entered|entering|entry)\b[^.]{0,25}\b(?:without (?:inspection|documents|papers|permission|authori[sz]ation)|illegally|with (?:a )?(?:fake|false|fraudulent) (?:passport|documents|papers)|as (?:a baby|an infant|a toddler|a child|a kid) (?:so|and)|here as a baby|unaccompanied)\b|\bbrought (?:here|to the (?:us|u\.s\.|united states|states|country)) as (?:a|an) (?:baby|infant|toddler|child|kid)\b|\bentry with (?:fraudulent|fake|false) documents\b|\bwithout authori[sz]ation\b|\bnot supposed to be here\b`],
    ['id-fraud', 'act', String.raw`\b(?:fake|bought|borrowed) (?:social|papers|passport|green ?card|id)\b|\bworking under someone else'?s name\b|\bsomeone else'?s (?:papers|documents|social)\b|\banother person'?s documents\b|\b(?:keeps|kept|holds|took|has) (?:my|our|her) passports?\b`],
    ['fear-taken', 'act', String.raw`\b(?:afraid|scared|fear|terrified|worried)\b[^.]{0,30}\b(?:(?:of |about )?being (?:reported|sent back|picked up|found out)|they(?:'ll| will| would)? (?:take|come for|find out)|(?:take|taken) (?:my \w+|him|her) away|find out (?:i'?m|we'?re|she'?s|he'?s) (?:here|not legal))\b|\bcome for him\b|\bbag packed in case they come\b|\blooking over my shoulder\b[^.]{0,20}\bstatus\b`],
    ['checkin-monitor', 'act', String.raw`\bwear (?:a|an|the) (?:ankle )?monitor\b[^.]{0,30}\b(?:hearing|case|court|check-?in)\b|\bankle (?:monitor|bracelet)\b[^.]{0,40}\b(?:case|hearing|court)\b|\bcheck in with the officers\b|\bcheckpoint on the highway\b`],
    ['raid', 'act', String.raw`\b(?:workplace|work|factory|plant) raid\b|\braided the (?:plant|meat plant|factory|farm|restaurant|job)\b|\b(?:the|immigration|federal) agents (?:came|showed up|raided|knocked|were (?:outside|at))\b`],
    ['sponsorship', 'act', String.raw`\b(?:sponsorship|sponsored|sponsoring|sponsor) (?:petition|visa|my|her|his|our)\b|\b(?:mom'?s|dad'?s|my|the) petition\b|\baged out\b|\bvisa numbers?\b|\bpetitioned\b`],
    ['court-abroad', 'act', String.raw`\bwait in mexico\b|\b(?:immigration|asylum) (?:judge|court|case|hearing|interview|claim|clock)\b`],
    ['fled', 'act', String.raw`\b(?:fled|flee|fleeing|escaped|escaping|had to leave|left) (?:my|our|her|his|their) (?:home )?country\b|\b(?:fled|escaped) (?:the )?(?:gangs?|war|violence|persecution) (?:in|back home)\b`],
    ['expired-papers', 'act', String.raw`\b(?:my|her|his|our|their) (?:permit|visa|status|green ?card|papers|documents|tps|daca) (?:expired|ran out|lapsed|is expiring|expires|runs out|are expired|is expired)\b`],
    ['brought-over', 'act', String.raw`\bbrought (?:me|us|her|him|them) (?:over|across)\b|\b(?:came|come|brought (?:me|us|her|him|them)?) ?(?:here|over|to the (?:us|u\.s\.|states)|to this country) (?:as|when (?:i|she|he|we) (?:was|were)) (?:a (?:baby|kid|child|toddler|teen(?:ager)?)|an infant|little|\d{1,2})\b|\b(?:came|come|walked) (?:up |all the way )?through mexico\b`],
    ['legally', 'act', String.raw`\b(?:let|allow|allows|letting) (?:us|me|her|him|them) (?:stay|remain)\b(?! (?:over|the night|late|up|home|with|for (?:dinner|the|a)))|\bnot supposed to be (?:working )?(?:here|in (?:this|the) country)\b|\b(?:caught|picked up|arrested|taken|detained) (?:\w+ ){0,3}in (?:the|a) raid\b|\bcheck(?:s|ing|ed)? (?:for )?(?:papers|documents|ids?) (?:at|on|in) (?:the )?(?:station|bus|train|border|checkpoint|street|door|work)\b|\bonly one (?:in (?:my|our|the) family )?(?:with|who has) (?:a social|papers|status|documents|a green card|legal status)\b|\b(?:come|return|get|be) (?:back|here) legally\b|\b(?:can'?t|cannot|couldn'?t|not allowed to|isn'?t allowed to|unable to) (?:work|stay|live|be here|drive) legally\b|\b(?:stands?|standing|stood) legally\b|\bsent (?:back )?to a country\b|\bcame (?:alone|solo|solos|by (?:myself|ourselves|himself|herself))\b[^.]{0,30}\b(?:teens?|kids?|minors?|no parents|\d{1,2})\b`],
    ['spanish', 'act', String.raw`\bredadas?\b|\bpas(?:ar|ara|ó|amos|aron) (?:la frontera|el r[ií]o|al otro lado)\b|\bpara que (?:mi|su|nuestro|nuestra) \w+ (?:pasara|cruzara)\b|\bla deport\w*|\bme deport\w*|\blo deport\w*`],
    ['hide-origin', 'act', String.raw`\blie about where i was born\b`],
    // Frames (situations, not keywords): each states a disclosure as concepts that co-occur in
    // the sentence, with the other sense it must not be. Written from development sentences.
    // Lacking the documents that let a person be here: "doesn't have the right documents to be
    // here", "I have not the number", "without permission to work". An ID left at home, a
    // licence not passed yet and a school paper are other senses (masks above).
    ['papers-lack-frame', 'act', String.raw`\b(?:no|never|without|lacks?|lacking|borrowed|fake|false|(?:don'?t|doesn'?t|didn'?t|dont|doesnt|didnt|do not|does not|did not|can'?t|cannot|couldn'?t|won'?t) (?:have|get|got|show)|have not|has not|never (?:had|got|been given))(?: (?:any|the|a|an|valid|real|right|proper|legal|good|my|her|his|our|their|own|kind of|type of|of))* (?:\w+ )?(?:papers|papeles|documents|documentation|ids?|licen[cs]e|social security(?: number)?|ssn|permit|status|identity)\b(?! (?:on (?:me|him|her)|with (?:me|him|her)|yet|test|exam|photo))`, String.raw`\b(?:here|to be here|stay|work|working|job|hired|hire|police|hospital|cops?|bank|fly|rent|lease|drive|driving|school|deport\w*|country|afraid|scared|can'?t|cannot|couldn'?t|since|years|mom|dad|parents|family|aunt|uncle|husband|wife|because|bc|so|situation|complain)\b`, String.raw`!\b(?:failed|fail|test|exam|learner|student id|school id|library|gym|bouncer|club|bar|forgot|left it|at home|in my (?:other )?(?:jacket|bag|car|wallet|purse))\b`],
    ['number-lack', 'act', String.raw`\b(?:have not|has not|don'?t have|doesn'?t have|no tengo|never had) (?:the|a|my|his|her) (?:number|numero|social)\b(?! (?:for|of|to))`],
    // Round 9: a counsellor's screening question about status ("Do you have legal permission to work here?").
    ['status-question', 'act', String.raw`\b(?:do|does|did) (?:you|your (?:husband|wife|partner|parents?|family|kids|children)|they|he|she) (?:still )?have (?:legal |the legal |the |a )?(?:permission|authori[sz]ation|right|papers|permit|status|documents) (?:to|for) (?:work|working|be here|stay|live|remain|be in (?:the|this) country)\b`],
    ['no-permission-to-work', 'act', String.raw`\b(?:no|without|not have|haven'?t|don'?t have|have not|lack\w*|need) (?:the |a )?(?:permission|authori[sz]ation|right|papers|permit) (?:to|for) (?:work|working|be here|stay|live|be in (?:the|this) country)\b`],
    ['not-made-legal', 'act', String.raw`\b(?:never|not|wasn'?t|weren'?t|isn'?t|aren'?t|never been|never got|never became) (?:made |been made |gotten |become |here )?(?:legal|legali[sz]ed|documented|official(?:ly)?)\b(?! (?:to|age|drinking|advice|guardian|yet|dating|together|a couple|boyfriend|girlfriend))`, String.raw`\b(?:here|this country|the us|the states|status|papers|born|came|turn 1[5-9]|daca|residen\w+|parents|mom|dad|family|happens to me|i was)\b`, String.raw`!\b(?:dating|relationship|together|a couple|engaged|married|divorced|team|club|member|job offer|diagnos\w+)\b`],
    // Removal to a country, or being shipped back: "was returned to El Salvador".
    ['removed-to-country', 'act', String.raw`\b(?:deport\w*|ship(?:ped|s|ping)?|sen[dt]|sending|return(?:ed|s|ing)?|remov(?:ed|e|ing)|kick(?:ed)? out|flown|put (?:him|her|them|me|us) on a plane) (?:(?:him|her|them|me|us|my \w+|the \w+) )?(?:back )?(?:to|home to) ${COUNTRY}\b`],
    ['shipped-back', 'act', String.raw`\bship(?:ped|s|ping)? (?:him|her|them|me|us|my \w+) (?:back|home|out)\b`],
    // A court or a lawyer, and having to leave: "see the judge next month and we might have to move back".
    ['court-then-leave', 'act', String.raw`\b(?:judge|hearing|court|lawyer|attorney|interview|officer)\b`, String.raw`\b(?:leave the country|(?:have to|might have to|would have to|'d have to|could have to|will have to|may have to) (?:move|go|leave) back\b(?! (?:in|to (?:school|work|my (?:mom|dad|parents)'?s?|our old|the house)))|(?:\w+|\d+) days to leave|(?:go|sent|send) back to ${COUNTRY}|(?:keep|hold|detain|lock up) (?:her|him|them|me|us) (?:there|up|inside))\b`, String.raw`!\b(?:custody|divorce|visitation|probation|traffic|dui|eviction|landlord)\b`],
    // Leaving means never getting back in: "if I go I cannot come back".
    ['cannot-return-frame', 'act', String.raw`\bif (?:i|we|he|she|they|you|my \w+|our \w+) (?:ever )?(?:go|goes|leave|leaves|left|went|travel\w*|visit\w*)\b[^.]{0,40}\b(?:can'?t|cannot|couldn'?t|won'?t|not|never) (?:be able to |be allowed to |get to )?(?:come|get) back\b(?! (?:to (?:class|school|work|the team|practice)|in time))|\bleave and (?:get|come) back in\b`],
    // The journey: on foot, by river or desert, hidden in a vehicle, led by a paid guide.
    ['journey', 'act', String.raw`\b(?:walk(?:ed|ing)?|cross(?:ed|ing)?|came|come|pass(?:ed)?|swam|hid|hide|hidden|hiding|rode|travel(?:l?ed)?|brought (?:me|us|her|him|them)|snuck)\b[^.]{0,40}\b(?:in the back of|under|inside|through|thru|across|over|in) (?:the |a |an )?(?:\w+ )?(?:desert|river|rio|jungle|darien|trucks?|trailer|boxes|container|freight train|la bestia|the other side)\b`, String.raw`!\b(?:trip|kayak\w*|canoe|raft\w*|vacation|hike|hiking|camping|road|bridge|street|moving day|boxes of|unpacking|packing)\b`],
    ['journey-mountain', 'act', String.raw`\b(?:walk(?:ed|ing)?|cross(?:ed|ing)?|came|pass(?:ed)?|travel(?:l?ed)?)\b[^.]{0,30}\b(?:through|thru|across|over) (?:the )?mountains?\b`, String.raw`\b(?:night|guide\w*|paid|pay|man|men|days|weeks|scared|cold|kids?|mother|father|mom|dad)\b`, String.raw`!\b(?:hike|hiking|trail|vacation|trip|ski\w*|camping|road trip)\b`],
    ['paid-passage', 'act', String.raw`\b(?:paid|pay|pays|paying|sold (?:the|our|my) (?:\w+ )?(?:farm|house|land|car)|owe|owed|charged|debt)\b`, String.raw`\b(?:guide|man|men|guy|people|person|someone|somebody|him|them|coyote|smuggler)\b`, String.raw`\b(?:across (?:the )?(?:border|river|line)|over (?:the )?(?:border|river|line)|through (?:guatemala|mexico|the desert|the mountains?|the jungle)|to (?:this country|the us|the states|the other side)|bring (?:\w+ ){0,2}over|get (?:\w+ ){0,2}across|cross\w*|guide (?:us|me|them)|guid(?:ed|ing) us|led us|leading us|the journey|north|pass(?:ed)? (?:to|the))\b`, String.raw`!\b(?:ticket|bus fare|uber|lyft|taxi|cab|airline|airport|mechanic|tutor|rent|bill|movers|moving)\b`],
    // Being taken by enforcement: caught at work, then held or sent away.
    ['taken-at-work', 'act', String.raw`\b(?:(?:got|get|was|were|been|being) (?:picked up|caught|grabbed|taken|arrested|detained|rounded up)|they (?:picked up|caught|grabbed|took|are taking|were taking|arrested|detained|rounded up) (?:\w+ ){0,2}(?:people|my \w+|him|her|them|workers|everyone))\b`, String.raw`\b(?:shipped|sent back|deport\w*|facility|detention|custody|held (?:for|in|at)|a workplace|(?:at|outside|from) (?:work|his job|her job|the job|the factory|the plant|the farm|the site|the home depot|the day labor\w*|the corner|the bus stop|the store|the parking lot)|from ${COUNTRY})\b`, String.raw`!\b(?:shoplift\w*|dui|drunk|speeding|stole|stealing|fight|drugs|weed|probation|jail|school|principal|cheat\w*|skipping)\b`],
    ['workplace-operation', 'act', String.raw`\b(?:workplace|worksite|work ?site) (?:operation|sweep|raid|action|enforcement)\b`],
    // Fear of the people who come for a parent: a van, a uniform, "they're coming for my dad".
    ['coming-for', 'act', String.raw`\b(?:they'?re|they are|they were|they'?ll|they will|they'?d|they|someone'?s|somebody'?s) (?:coming|come|going to come|gonna come) (?:for|to take) (?:my \w+|our \w+|us|him|her|them|me)\b`, String.raw`\b(?:scared|afraid|terrified|fear|freeze|froze|panic\w*|hide|hiding|knock\w*|door|van|uniform|every time|this is it)\b`, String.raw`!\b(?:dinner|lunch|party|visit|pick (?:me|us) up|the weekend|bullies|debt collector)\b`],
    ['uniform-at-door', 'act', String.raw`\b(?:anyone|anybody|men|people|someone|somebody|officers?|agents?) in (?:a )?(?:uniforms?|vests?)\b`, String.raw`\b(?:door|answer|come|came|coming|scared|afraid|nightmares?|hide|apartment|house|home)\b`, String.raw`!\b(?:school|team|soccer|game|parade|hospital|nurse|delivery|mail)\b`],
    ['van-fear', 'act', String.raw`\b(?:white|unmarked|black|government) (?:vans?|suvs?|trucks?)\b`, String.raw`\b(?:freeze|froze|scared|afraid|terrified|hide|coming for|taking|took|dad|mom|parents|father|mother)\b`],
    ['asked-about-situation', 'act', String.raw`\b(?:ask|asks|asking|asked|find out|found out|look into|looking into|question\w*|check(?:ing)?) (?:about |into |on )?(?:my|our|his|her|their) (?:immigration )?(?:situation|status)\b`, String.raw`!\b(?:relationship|health|medical|mental|work|job|money|financial|marital|insurance|application status|order status|grades?)\b`],
    // Forms and checks that a family without status avoids.
    ['avoids-forms', 'act', String.raw`\b(?:social security(?: number)?|ssn|papers|documents)\b`, String.raw`\b(?:don'?t|dont|never|can'?t|cant|avoid\w*|scared|afraid|won'?t|what if|worried)\b`, String.raw`\b(?:asks? for|ask(?:ing)? for|requires?|need(?:s|ed)? (?:a|my|your)|check\w* (?:for|the)|see (?:the|our|my))\b`, String.raw`!\b(?:homework|grade|essay|professor|teacher'?s|exam|printer|paperwork for (?:school|work))\b`],
    ['under-table', 'act', String.raw`\b(?:under the table|cash only|paid in cash|off the books)\b`, String.raw`\b(?:papers|documents|status|hire me|legal|social|permit|nobody will hire|can'?t work|without|number)\b`],
    ['marriage-for-status', 'act', String.raw`\bmarri(?:ed|age|y|es|ying)\b`, String.raw`\b(?:(?:for|get|got|gets|getting) (?:the |a |her |his |my |their )?(?:green ?card|papers|residency|status|visa|citizenship)|so (?:i|she|he|we) (?:could|can|would be able to) (?:stay|get (?:her|his|my) (?:papers|residency|status)))\b`],
    ['born-before-came', 'act', String.raw`\bborn (?:before|after) (?:we|i|they|she|he) (?:came|got here|crossed|arrived|moved here)\b|\b(?:is|are|was) (?:a |the only )?(?:us |u\.s\. |american )?citizens? but\b`],
    ['border-town-wait', 'act', String.raw`\b(?:tijuana|ju[aá]rez|reynosa|matamoros|nogales|piedras negras|mexicali)\b`, String.raw`\b(?:shelter|waiting|wait|crossed|cross|number|camp|bridge|asylum|line|days|weeks|months|tent)\b`],
    ['protection-claim', 'act', String.raw`\b(?:protection (?:claim|case|application)|case for protection|(?:ask|asked|asking|apply|applied|applying|seek|sought|seeking) for (?:protection|asylum|refuge))\b`, String.raw`!\b(?:order|from (?:him|her|my (?:ex|husband|wife|partner))|restraining|police|court order)\b`],
    ['identity-borrowed', 'act', String.raw`\b(?:borrowed|fake|false|stolen|bought|someone else'?s|another person'?s|(?:my |his |her )?(?:cousin|brother|sister|friend|uncle|aunt|tio|tia)'?s) (?:identity|name|social|ssn|papers|documents|id|green ?card)\b(?! (?:for (?:the )?(?:bar|club|concert)|to (?:get|buy) (?:into|alcohol|beer|drinks)))`],
    ['lose-status', 'act', String.raw`\b(?:lose|lost|losing|loses) (?:my|her|his|our|their) (?:work )?(?:permit|status|visa|papers|daca|tps|green ?card|protected status|residency)\b(?! (?:on (?:discord|insta\w*|snap\w*)|in the (?:group|team|club)))`],
    ['lawful-presence', 'act', String.raw`\b(?:lawful|legal) (?:presence|residence)\b|\bunlawful(?:ly)? present\b`],
    ['not-through-airport', 'act', String.raw`\b(?:didn'?t|did not|never|wasn'?t|weren'?t) (?:come|came|fly|flew|arrive|get here|enter|coming) (?:in )?(?:through|by|on|with) (?:the |a )?(?:airport|plane|front door|normal way|right way|proper way)\b`],
    ['checkpoint-avoid', 'act', String.raw`\bcheckpoints?\b`, String.raw`\b(?:never|avoid\w*|scared|afraid|don'?t|can'?t|bc|because|stopped at)\b`, String.raw`!\b(?:sobriety|dui|drunk|game|level|save|race|marathon)\b`],
    ['how-we-came', 'act', String.raw`\bhow (?:we|i|they|she|he|my (?:parents|family|mom|dad)) (?:came|got|come|get|entered) (?:here|over|in|to this country|to the (?:us|states))\b`, String.raw`\b(?:because|bc|can'?t|cannot|secret|don'?t talk|never talk|financial aid|afraid|scared|papers|status|lie about)\b`],
    // Written from development batch 9.
    ['silenced-by-status', 'act', String.raw`\b(?:can'?t|cannot|couldn'?t|won'?t|afraid to|scared to) (?:say anything|complain|report|speak up|call (?:the )?(?:police|cops))\b`, String.raw`\b(?:papers|documents|status|legal\w*|deport\w*|immigration|not from here)\b`],
    ['left-country-journey', 'act', String.raw`\b(?:left|leaving|fled|escaped|came from|walked from) ${COUNTRY}\b`, String.raw`\b(?:walk\w*|the way|north|border|crossed|truck|train|desert|river|days|weeks|months|when (?:i|we) (?:was|were)|alone|i was \d+|i was (?:a baby|little|small))\b`, String.raw`!\b(?:vacation|trip|flight|holiday|visit\w*|conference|cruise)\b`],
    ['swam-across', 'act', String.raw`\bswam (?:across|over|the river|the rio)\b`, String.raw`!\b(?:pool|lake|laps?|race|bay|channel|charity|triathlon)\b`],
    ['here-legally-neg', 'act', String.raw`\b(?:not|aren'?t|isn'?t|wasn'?t|weren'?t|never|im not|i'?m not) (?:\w+ ){0,2}(?:here|in (?:the|this) country) legally\b`],
    ['kept-until-paid', 'act', String.raw`\b(?:keep|keeps|kept|held|hold|holds|locked) (?:us|me|them|her|him) (?:in (?:a|the) (?:room|house|apartment|warehouse|basement)|there) (?:until|till|for (?:days|weeks) until) (?:my |our |his |her |their )?(?:family|families|relatives|parents|they|he|she) (?:send|sent|pay|paid|wire|wired)\b`],
    ['fear-taken-work', 'act', String.raw`\b(?:afraid|scared|terrified|fear|worried|worry)\b`, String.raw`\bthey(?:'ll| will| might| could)? (?:take|took|pick up|come for|catch|grab) (?:me|him|her|us|my \w+)\b`, String.raw`\b(?:work|job|go out|leave the house|drive|every day|school|store)\b`, String.raw`!\b(?:team|roster|schedule|class|shift|title|job away|off the)\b`],
    ['not-allowed-back', 'act', String.raw`\b(?:wouldn'?t|won'?t|couldn'?t|not|never) be (?:allowed|able|let) (?:to )?(?:come|get) back\b`, String.raw`\b(?:home|fly|funeral|visit|country|leave|travel|mother|father|grand\w+)\b`, String.raw`!\b(?:job|company|team|school|class|gym|club|program|party|bar|store)\b`],
    ['not-come-home', 'act', String.raw`\b(?:won'?t|doesn'?t|didn'?t|not|never|don'?t) (?:come|came|make it) home from (?:work|the job|his job|her job|the job site|the site|the factory|the fields?)\b`, String.raw`\b(?:fear|afraid|scared|worry|worried|one day|every day|what if|if i)\b`],
    ['cannot-visit-country', 'act', String.raw`\bcan'?t (?:go |travel |fly )?(?:to )?(?:visit|see|go (?:to|back to)) (?:\w+ ){0,3}in ${COUNTRY}\b|\bcan'?t (?:go|travel|fly) (?:back )?to ${COUNTRY}\b`, String.raw`\b(?:complicated|why|papers|allowed|never|years|status|can'?t explain|come back)\b`],
    ['in-case-taken', 'act', String.raw`\bin case (?:they|immigration|ice|someone|the agents) (?:pick (?:me|us|him|her) up|take (?:me|us|him|her)|come|detain|deport|arrest)\b|\bif (?:i|we|he|she) (?:get|am|is|are|gets) (?:picked up|taken|deported|detained)\b[^.]{0,40}\b(?:kids|children|custody|who)\b`],
    ['raids-fear', 'act', String.raw`\braids?\b`, String.raw`\b(?:my|mom|dad|call|scared|afraid|make sure|hide|every time|home|family|neighbou?rs?)\b`, String.raw`!\b(?:drug|fbi|video game|raid boss|boss raid|fridge|closet|sale|panty|guild|dungeon|pantry)\b`],
    // Written from development batch 10.
    ['who-has-papers', 'act', String.raw`\b(?:who|that|since (?:she|he)|because (?:she|he)) (?:has|have|had) (?:her|his|their|the) (?:papers|documents|green ?card)\b(?! (?:graded|printed|signed|done|ready|for (?:school|class|work)))`],
    ['not-own-passport', 'act', String.raw`\b(?:passport|papers|documents|id|green ?card) (?:that|which) (?:wasn'?t|was not|isn'?t|is not|weren'?t|were not) (?:hers|his|mine|theirs|ours|real|(?:her|his|my|their) own)\b`],
    ['caught-crossing', 'act', String.raw`\b(?:caught|stopped|grabbed|picked up|found) (?:us|me|them|her|him) (?:at|near|crossing|by|on) (?:the )?(?:river|border|desert|line|wall|checkpoint|rio)\b|\b(?:sent|put|kept|held|locked) (?:us|me|them|her|him) (?:to|in) (?:a |the )?(?:big |cold |freezing )?(?:cages?|perrera|icebox)\b`],
    ['public-charge', 'act', String.raw`\bpublic charge\b|\baffect (?:my|her|his|our|their) (?:pending )?(?:case|status|application|papers|green card)\b`, String.raw`\b(?:assistance|benefits|medicaid|food stamps|snap|wic|apply\w*|public charge|clinic|help)\b`],
    ['here-without', 'act', String.raw`\b(?:here|in (?:the|this) country|living here|stay(?:ing|ed)?|came|come|entered|live|living|work(?:s|ing)?) without (?:permission|papers|documents|a visa|any papers|authori[sz]ation|status)\b`],
    ['only-born-here', 'act', String.raw`\bonly one (?:in (?:my|our|the) family )?(?:who was |who is |that was )?born (?:here|in (?:the us|this country|america))\b`],
    ['came-to-work', 'act', String.raw`\bthey (?:came|come|showed up) to (?:his|her|my|our|the) (?:work|job|jobsite|factory|restaurant|plant|farm)\b`, String.raw`\b(?:hid\w*|since|scared|took|afraid|took|ran|run|never|hasn'?t been back|stopped going)\b`],
    ['out-of-status', 'act', String.raw`\bout of status\b|\b(?:they'?ll|they will|they'?re going to|they could|they might|gonna) remove (?:her|him|me|us|them)\b`],
    ['call-authorities-on', 'act', String.raw`\bcall(?:s|ed|ing)? (?:the )?(?:authorities|immigration|ice|la migra|migra|the migration|border patrol) on (?:me|us|my \w+|her|him|them|our \w+)\b`],
    ['taken-by-agents', 'act', String.raw`\b(?:taken|picked up|grabbed|detained|arrested|followed) by (?:the )?(?:agents|federal agents|officers in plain clothes|men in (?:vests|uniforms|plain clothes))\b`],
    // Written from development batch 11.
    ['reported-had-to-move', 'act', String.raw`\b(?:someone|somebody|a neighbou?r|the neighbou?rs?|the landlord) (?:at \w+ )?(?:reported|turned in|called on) (?:us|me|my \w+|him|her|them)\b`, String.raw`\b(?:move|moved|moving|hide|hid|left|papers|immigration|deport\w*|run|ran)\b`, String.raw`!\b(?:noise|party|dog|cps|child services|social services|parking|trash)\b`],
    ['cannot-seek-help', 'act', String.raw`\bcan'?t (?:even )?(?:call|go to|use|get) (?:an ambulance|the hospital|the police|911|the cops|a doctor|a lawyer|help)\b`, String.raw`\b(?:check|ask|papers|find out|report|status|deport\w*|they might|they'?ll)\b`],
    ['federal-custody', 'act', String.raw`\bfederal custody\b|\btransferred to (?:ice|immigration|federal|a federal)\b|\bapprehended (?:at|near|crossing|by)\b`],
    ['papers-of-another', 'act', String.raw`\b(?:papers|documents|id|social|name|identity|passport) of (?:another|someone else|a (?:dead|different|other) person|other person|another person|my (?:cousin|brother|sister|friend|uncle|aunt))\b`],
    ['cannot-get-legal', 'act', String.raw`\b(?:can'?t|couldn'?t|never|cannot|unable to|no way to) (?:get|become|be made|go|getting|work) legal\b`],
    ['back-into-country', 'act', String.raw`\b(?:not|never|won'?t|couldn'?t|can'?t|wouldn'?t) (?:be able to )?(?:get|be let|come|make it) back into (?:the|this) country\b`],
    ['they-know-here', 'act', String.raw`\b(?:they'?ll|they will|they'?d|they would|they might|they could|someone will|they) (?:know|find out|figure out|see) (?:i'?m|we'?re|she'?s|he'?s|that (?:i|we|she|he) (?:am|are|is)) here\b`],
    // Written from development batch 14 (topics round 5): the counsellor's questions, legal and
    // administrative phrasing, and consequences stated without the topic's words.
    ['asks-papers', 'act', String.raw`\b(?:do|does|did) (?:you|they|he|she|your \w+) (?:have|has|got) (?:any |your |their |her |his )?(?:papers|documents|status)\b(?=[^.]{0,40}\b(?:right now|yet|waiting|in process|pending|here|in order)\b)`, String.raw`!\b(?:essay|school|homework|class|grades?|research|tax|exam|printer|print|signed|for (?:the|your) (?:car|house|loan))\b`],
    ['how-got-across', 'act', String.raw`\bhow (?:did|do) (?:you|they|he|she|your \w+|y'?all|you all|your family) (?:get|come|make it|cross|end up) (?:across|over here|over the)\b`, String.raw`!\b(?:street|road|bridge|room|line|finish|campus|town|lake|channel)\b`],
    ['right-to-remain', 'act', String.raw`\bright to (?:remain|reside|stay)\b(?! silent)|\bright to (?:live|work) (?:here|in (?:the|this) (?:country|us|uk|states))\b`],
    ['leave-country-deadline', 'act', String.raw`\b(?:has|have|had|got|given|gave (?:him|her|me|us|them)|ordered|told|letter saying (?:\w+ ){1,3}(?:has|have)) (?:\w+ )?(?:days |weeks |months )?to (?:leave|get out of|depart) the country\b|\b(?:leave|depart) the country (?:by|before|within) (?:the \d|\d|the end|friday|monday|tuesday|wednesday|thursday|saturday|sunday|next|[a-z]+ \d)`],
    ['status-never-sorted', 'act', String.raw`\b(?:citizenship|residency|green card|papers|status|immigration|visa)\b[^.]{0,25}\b(?:sorted|sorted out|in order|fixed|straightened out|figured out|regulari[sz]ed|finali[sz]ed)\b`, String.raw`\b(?:never|not|haven'?t|hasn'?t|didn'?t|wasn'?t|isn'?t|still|hiding|afraid|scared)\b`],
    ['stayed-past-permit', 'act', String.raw`\b(?:stay|stayed|staying|stays|remained|remain) (?:on )?(?:past|beyond|after) (?:the (?:date|expiry|end date) (?:on|of) (?:her|his|my|their|our) (?:stamp|visa|permit|passport|i-94)|(?:her|his|my|their|our) (?:stamp|visa|permit|i-94))\b`],
    ['refused-return', 'act', String.raw`\b(?:never|not|wouldn'?t|won'?t|couldn'?t|can'?t)\b (?:\w+ )?let (?:me|us|him|her|them) (?:back in|return|come back|re-?enter)\b`, String.raw`\b(?:leave|left|go see|visit|country|home|border|abroad|funeral|dying|wedding)\b`, String.raw`!\b(?:club|bar|party|game|class|room|building|store|gym|school|house|apartment|office|team|group)\b`],
    ['where-from-secret', 'act', String.raw`\babout where (?:we|i|they|you) (?:are|were|'re|come|came) from\b`, String.raw`\b(?:don'?t|never|not|lie|police|tell|secret|anyone)\b`],
    // Topics round 7 (development batch 17): status told the way non-native speakers, older
    // adults and clinicians say it — permission to stay that ends, work without permission, an
    // order to leave, a removal claim's shorthand, proof of years in the country, a number that
    // belongs to someone else, a household exposed to enforcement.
    ['permission-to-stay', 'act', String.raw`\b(?:permission|permiso|right|papers?|visa|permit) to (?:stay|live|remain|work)(?: here| in (?:this|the) country)? (?:is|was|has|had|will)? ?(?:finish\w*|end\w*|expir\w*|over|run(?:s|ning)? out|ran out|gone|taken|denied|cancel\w*|up)\b|\b(?:work|works|working|worked|job|jobs) without (?:the |a |any |my )?(?:permission|papers|permit|authori[sz]ation|documents)\b`],
    ['order-to-leave', 'act', String.raw`\b(?:have|has|had|got|get|received|gave (?:me|him|her|us|them)) (?:the |an? )?(?:order|orders|letter) to (?:leave|go back|depart)\b`],
    ['removal-shorthand', 'act', String.raw`\bundoc(?:'?d)?\b|\bcredible[- ]fear\b|\breasonable[- ]fear (?:interview|decision|screening)\b`],
    ['proof-of-presence', 'act', String.raw`\bproof (?:that )?(?:i|we|he|she|they)(?:'ve| have| has| had)? (?:was|were|been|lived|arrived|entered|came) (?:here|in (?:the|this) country|in the (?:us|states))\b`],
    ['letter-to-leave', 'act', String.raw`\bletter from (?:the )?(?:government|immigration|uscis|homeland security|dhs|immigration court)\b`, String.raw`\b(?:leave|deport\w*|go back|sent back|removal|hearing)\b`],
    ['lapsed-and-stayed', 'act', String.raw`\b(?:stamp|visa|permit|papers|status)\b[^.]{0,30}\b(?:expired|ran out|lapsed|ended)\b[^.]{0,60}\b(?:never (?:went|go|left)|stayed|still here|didn'?t (?:go|leave))\b`],
    ['someone-elses-number', 'act', String.raw`\b(?:my|his|her|our|their|\w+'s) (?:social|ssn|social security(?: number)?|papers|id)\b (?:really |actually )?(?:belongs|belonged|is|was|are|were) (?:really |actually )?(?:to )?(?:someone|somebody) else'?s?\b`],
    ['exposed-to-enforcement', 'act', String.raw`\b(?:household|family|parents|status|address|us|them)\b[^.]{0,40}\b(?:to|with|by) (?:immigration )?enforcement\b`],
    // Topics round 8 (development batch 18): status told by what cannot be shown or said.
    ['no-right-card', 'act', String.raw`\b(?:can'?t|cannot|couldn'?t|don'?t|no|zero|never|without)\b[^.]{0,25}\b(?:right|real|proper|valid|legal) (?:card|id|papers|documents|social|number)\b|\bid (?:that'?s|thats) real\b`, String.raw`!\b(?:bar|club|drinks?|alcohol|beer|wine|concert|vote|voting|gym|library|airport|flight|tsa|credit|debit|gift|sim|memory|graphics|birthday)\b`],
    ['remove-me', 'act', String.raw`\b(?:remove|removed|removing|deport) (?:me|him|her|us|them|my (?:dad|mom|husband|wife|son|daughter|father|mother|family|parents))\b`, String.raw`\b(?:lawyer|attorney|judge|court|record|case|hearing|officer|government|immigration|country)\b`, String.raw`!\b(?:group|chat|list|email|mailing|team|class|account|page|thread|school|roster|schedule|will|cast|stage|game|room|meeting)\b`],
    ['how-we-got-here', 'act', String.raw`\b(?:talk|say|tell|ask|mention|speak)\w*\b[^.]{0,30}\babout how (?:we|i|they|he|she|you) (?:got|came|come|get) (?:here|over|to this country)\b`],
  ]),
  vetoes: rules([
    // Topics round 8: the paperwork of an office, not a person's own case.
    ['office-work', 'word', String.raw`\b(?:at|for) (?:a|the|my|her|his) law firm\b|\bprocess(?:es|ing|ed)? (?:asylum|visa|immigration|citizenship) (?:files|cases|applications|paperwork)\b`],
    ['profession', 'word', String.raw`\b(?:works? (?:as|at|for)|worked (?:as|at|for)|working (?:as|at|for)|employed (?:as|at|by)|occupation|i teach|teaching|volunteer\w*|my job as|is an?|i'?m an?|i am an?|career in)\b[^.]{0,30}\b(?:immigration (?:attorney|lawyer)|attorney|paralegal|esl|customs|visa office|immigration office|law firm|border patrol)\b|\bvisa office\b`],
    ['policy-news', 'word', String.raw`\b(?:news|documentary|film|movie|book|novel|podcast|(?:a|the|tv|that|this) show|tv|series|episode|policy|politics|political|debate|unit on|class|history class|onboarding|bill|reform|my representative|senator|congress\w*|ballot|petition|rally|protest)\b`],
    ['history', 'word', String.raw`\b(?:in the (?:19|18)\d0s|after the war|ellis island|ages ago|in the \d0s)\b`],
  ]),
  cased: [
    // Not before CHIPS or PACKS: clinical notes ("NPO except ICE CHIPS"). engine.ts skips cased
    // rules on all-capitals text, where a capital says nothing.
    { id: 'agency-acronym', kind: 'act', re: /\b(?:ICE|USCIS|DACA|TPS|CBP)\b(?!'?s? ?(?:CHIPS?|PACKS?|RINK|CREAM|WATER|BATH|CUBES?|TEA|POPS?|MACHINE|SKATING|STORM|AGE|chips?|packs?|cream|cubes?|water)\b)/ },
  ],
  // Concept frames (WordNet round, written from development batch 10): classes of words that
  // must co-occur, each class expanded from WordNet (concepts.ts, resources/dicts/topic-concepts.txt).
  concepts: frames([
    // Being sent away to a country: "expulsion to Honduras", "fear of expulsion from the country".
    ['expelled-to-country', 'act', ['EXPEL', 'HOMELAND'], '', String.raw`\b(?:movie|film|scene|episode|novel|documentary|news|food|order|package|parcel|email|file|form|meal|plate|dish|letter|refund|product)\b`],
    // Being sent away, said of a person.
    ['expelled-person', 'act', ['EXPEL'], String.raw`\b(?:me|us|him|her|them|my \w+|our \w+|his \w+|her \w+|client|pt|spouse|family|parents?)\b`, String.raw`\b(?:movie|film|scene|episode|novel|documentary|news|food|order|package|parcel|email|file|form|meal|plate|dish|letter|refund|product|school|class|room|office|camp|game|field|bench|detention|principal|feel like|felt like|like i'?m|pics?|texts?|message|reply|what to send)\b|\bin exile\b`],
    // A status document that lapsed, was refused, is missing or not one's own.
    ['document-lapsed', 'act', ['STATUSDOC', 'LAPSE'], '', String.raw`\b(?:parking|fishing|hunting|building|learner'?s?|driving|driver'?s|library|credit|gift|debit|bank|insurance|gym|membership|subscription|warranty|coupon|homework|exam|test|essay|assignment|class|grade|printer|newspaper|toilet|wrote|write|writing|term paper|research paper|report card|phone card|sim|journal|publish\w*|editor|conference|reviewers?|city|food truck|business|restaurant|shop|plate)\b`],
    // A court about staying: "waiting for his hearing … they'll put him on a flight".
    ['hearing-and-sent', 'act', ['HEARING', 'EXPEL']],
    ['hearing-and-country', 'act', ['HEARING', 'HOMELAND'], String.raw`\b(?:flight|plane|send|sent|back to|leave the country|stay in the country|removed|removal)\b`],
    // Held somewhere federal or on the way out: "locked up at a federal facility", "a holding
    // center near the airport".
    ['held-federal', 'act', ['HOLD', 'FEDERAL'], '', String.raw`\b(?:robbery|theft|drugs?|dui|fraud|murder|sentenced?|prison sentence|tax|taxes|flight (?:was|got) (?:delayed|cancell?ed)|luggage|baggage|layover|security line|held up|holding (?:pattern|hands|the baby|on))\b`],
    // A journey on foot or by water across land that marks a border.
    ['crossing-terrain', 'act', ['TERRAIN', 'CROSS'], String.raw`\b(?:days|nights|weeks|for hours|to get (?:here|to|across|over|to this side)|alone|with a guide|coyote|smuggler)\b`, String.raw`\b(?:vacation|holiday|trip|camping|hik\w*|backpack\w*|tour\w*|scout\w*|national park|retreat|field trip|summer camp|race|marathon)\b`],
    // Not officially, not legally, not the right paperwork — for being here.
    ['not-here-officially', 'act', ['BELONG', 'HERE'], String.raw`\b(?:not|n't|never|no)\b`, String.raw`\b(?:late|stay (?:over|up|out)|sleepover|tonight|weekend|class|meeting|party|o'?clock|at \d|the office|this room|backstage|the kitchen|in here|at work|at school|right now|today)\b`],
    // Further situations from development batch 10.
    ['officers-check-ids', 'act', ['AGENCY'], String.raw`\b(?:ask\w*|check\w*|demand\w*)\b(?: \w+){0,2} (?:for )?(?:id|ids|papers|documents|identification)\b`, String.raw`\b(?:bar|club|alcohol|drinks?|beer|wine|liquor|concert|voting|vote|bank|pharmacy|tsa|security line|boarding|hotel|check-?in|rental)\b`],
    ['agency-took-relative', 'act', ['AGENCY'], String.raw`\b(?:took|take|taking|picked up|pick up|grabbed|arrested|detained|caught|came for)\b (?:my|our|his|her) (?:dad|mom|father|mother|uncle|aunt|brother|sister|husband|wife|cousin|neighbou?r|parents?|son|daughter|friend)\b`, String.raw`\b(?:police|cops?|hospital|ambulance|school|drunk|dui|speeding|ticket|fight|stole|robbery|shoplift\w*|real estate|insurance|travel agent)\b`],
    ['visit-became-stay', 'act', ['STAYON', 'VISIT']],
    ['came-as-child-program', 'act', ['KID'], String.raw`\bcame (?:here |over )?as an? (?:kid|child|baby|toddler|little \w+)\b[^.]{0,80}\b(?:program|protect\w*|papers|status|daca|permit|renew\w*|deport\w*)\b`, '', ['program', 'programs', 'protect', 'protects', 'protected', 'protection', 'renew', 'renewed', 'renewal', 'papers', 'status', 'daca', 'permit', 'deported', 'deport']],
    ['marry-to-stay', 'act', ['HERE'], String.raw`\bmarr(?:y|ying|ied|iage)\b[^.]{0,60}\b(?:so (?:she|he|i|they|we) (?:can|could) (?:stay|remain)|papers|green card|stay in the country)\b`, '', ['marry', 'marrying', 'married', 'marries', 'marriage']],
    ['born-here-not-parents', 'act', ['HERE'], String.raw`\bborn here\b[^.]{0,40}\b(?:were not|weren'?t|wasn'?t|was not|are not|aren'?t|isn'?t)\b`, '', ['born']],
    ['danger-at-home-protection', 'act', ['HOMELAND'], String.raw`\b(?:in|back (?:to|in)|to) (?:my|our|his|her|their) country\b[^.]{0,60}\b(?:kill|killed|murder\w*|persecut\w*|gangs?|tortur\w*)\b[^.]{0,60}\b(?:protection|asylum|refuge)\b`, '', ['protection', 'asylum', 'refuge']],
    ['crossed-young-alone', 'act', ['CROSS'], String.raw`\bcross(?:ed|ing)\b[^.]{0,30}\b(?:alone|by myself|on my own|fourteen|thirteen|twelve|eleven|fifteen|sixteen|1[0-6] years old|a (?:kid|child|minor))\b`, String.raw`\b(?:street|road|finish line|bridge|crosswalk|intersection|hallway|room|park|parking|mind|fingers|legs|arms)\b`],
  ]),
};
