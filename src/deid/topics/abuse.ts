// Abuse (R36): physical, sexual and emotional abuse, neglect, coercive control, stalking,
// trafficking and exploitation of children, partners and elders. The abuse of a substance, of a
// privilege or of "the system", an abused animal, a job in child protection, and everyday words
// ("beat the traffic", "forced to work late", "touching base") are not the topic.
import { masks, rules, VICTIM, type TopicRules } from './rules.ts';

const HIT = String.raw`(?:hit|hits|hitting|beat|beats|beating|beaten|slap|slaps|slapped|slapping|punch|punched|punches|punching|kick|kicked|kicks|kicking|shove|shoved|shoves|shoving|choke|choked|chokes|choking|strangle|strangled|strangles|grab|grabbed|grabs|drag|dragged|drags|throw|threw|throws|thrown|pin|pinned|pins|spit|spits|spat|whip|whipped|whips|whoop|whooped|smack|smacked|smacks|shake|shook|shakes|scald|scalded|burn|burned|burnt|burns|burning|kneed|bites|bite|elbowed|headbutted|stomped|strangling|knock|knocks|knocked|knocking)`;
const CONTROL_OBJ = String.raw`(?:money|paycheck|paychecks|pay|wages|salary|finances|bank ?card|debit card|credit cards?|cards|account|accounts|phone|texts|messages|emails?|passwords?|location|keys|car keys|car|passport|passports|meds|medications?|pills|birth control|contraception|pension|social security(?: check)?|check|contacts|friends|documents|id)`;

export const abuse: TopicRules = {
  anchors: {
    any: [
      'physical', 'disciplined', 'knock', 'grabbed', 'yanked', 'squeezed', 'welts?$',
      'abus', 'burn(?:s|ed|t|ing)?$', 'disappear', 'tortur', 'withh', 'purchases', 'inadequate', 'busted', 'forc', 'knife', 'twisted', 'slammed', 'scratched', 'bruised', 'unwanted', 'nonconsensual', 'non-consensual', 'harm$', 'maltreat', 'neglect', 'mistreat', 'rape', 'raped', 'rapes', 'rapist', 'raping', 'molest', 'incest', 'sexual', 'assault',
      'groom', 'domestic', 'dv$', 'ipv$', 'violen', 'batter', 'traffick', 'strangl', 'strangu', 'restraining', 'protective', 'cps$', 'mandated',
      'removed', 'safety', 'coerc', 'gaslight', 'stalk', 'exploit',
      'hit$', 'hits$', 'hitting', 'beat', 'slap', 'punch', 'kick', 'shov', 'chok', 'grab', 'drag', 'throw', 'threw', 'thrown', 'pin$',
      'pinned', 'pins$', 'spit', 'spat$', 'whip', 'whoop', 'smack', 'shak', 'shook', 'scald', 'kneed', 'bite', 'elbowed',
      'headbutt', 'stomp', 'push', 'belts?$', 'cords?$', 'hanger', 'spoon', 'shoe$', 'hairbrush', 'paddle', 'fist',
      'knife', 'gun$', 'lighter', 'hair$', 'throat', 'neck$', 'bruis', 'scars$', 'marks$', 'lock',
      'crate', 'garage', 'kneel', 'corner', 'trunk', 'oven', 'closet', 'basement', 'starv', 'feed', 'fed$', 'food',
      'hungry', 'supervision', 'threat', 'kill', 'hurt', 'tracker', 'isolat', 'allowed',
      'inappropriat', 'shower', 'secret', 'exposed', 'undress', 'mature', 'consent', 'forced', 'force$', 'pressured', 'coerced',
      'worthless', 'stupid', 'useless', 'whore', 'slut', 'crazy', 'name-calling', 'screamed', 'stealing', 'pension',
      'pushes', 'follows', 'wherever', 'porn', 'lap$', 'deprivation', 'beg$', 'miss$', 'belongings', 'destroy',
    ],
    pairs: [
      'go after', 'goes after', 'going after', 'went after', 'me sleep', 'us sleep', 'her sleep', 'i tell', 'you tell', 'we tell', 'not to', 'never tell', "don't tell", 'dont tell', 'the pantry', 'the cabinet', 'the kitchen', 'the cupboard', "couldn't eat", 'couldnt eat', 'to eat', 'the bathroom', 'touched sexually',
      "couldn't breathe", "can't breathe", 'cant breathe', 'couldnt breathe', 'not breathe',
      'black eye', 'broke my', 'broke into', 'cut my', 'lost the', 'i fell', 'lied about', 'sat on', 'me down', 'under water', 'face into',
      'the floor', 'me eat', 'stuff to', 'things to', 'me do', 'us do', 'her do', 'me have', 'me touch', 'me perform', 'me undress',
      'us undress', 'me send', 'not to', 'my will', 'her will', 'said no', 'said stop', 'sold me', 'he was', 'she was', 'dead to',
      'believe me', 'shut up', 'social security', 'my room', 'her room', 'my bedroom', 'her bedroom', 'my bed', 'her bed', 'our room',
      'child services', 'child welfare', 'without him', 'unless he', 'never see', 'i leave', 'i left', 'he comes', 'been born',
      'never born', 'touched me', 'touched her', 'touched him', 'touched us', 'touch me', 'touch her', 'touches me', 'touches her',
      'touching me', 'touching her', 'touched inappropriately', 'inappropriate touch', 'inappropriately touched', 'break my', "he'll break",
      "she'll break", "he'll post", "he'd post", "she'd post", "he'll kill", 'tied me', 'tied us', 'tied her', 'tied him', 'tie me',
      'tie us', 'his hands', 'her hands', 'hands under', 'hands around', 'hand over', 'my mouth', 'a stick', 'a switch', 'the switch',
      'took advantage', 'i said', 'she said', 'my hand', 'my hands', 'my arm', 'my face', 'my leg', 'my back', 'my head', 'my fingers',
      'my finger', 'my wrist', 'my nose', 'my neck', 'my jaw', 'my eye', 'her hand', 'her arm', 'her face', 'her head', 'my belongings',
      'her belongings', 'my things', 'my stuff', 'my clothes', 'her things', 'her clothes', 'the money', 'the finances',
      'it out', 'sleep outside', 'the door', "can't leave", 'cant leave', 'food in', 'the crap', 'the shit', 'the hell', 'the life',
      'nobody else', 'nobody would', 'me i\'m', 'me im', 'eat off', 'hands would', 'hand would', 'hands went', 'hand went', 'watch me',
      'watched me', 'watching me', 'watch her', 'own mess', 'own waste', 'own urine', 'own filth', 'kept home', 'my lip', 'her lip',
      'hurt me', 'hurts me', 'hurt us', 'hurt her', 'hurts her', 'hurting me', 'hurt the',
      'harm me', 'harm her', 'harm the', 'blocked my', 'ask permission',
    ],
    both: [
      // A controlling act and what it controls: "takes my paycheck", "checks her phone".
      [
        ['controls?$', 'controlling', 'takes?$', 'took$', 'taking$', 'keeps?$', 'kept$', 'holds?$', 'hides?$', 'hid$', 'checks?$', 'reads?$',
          'monitor', 'tracks?$', 'smash', 'destroys?$', 'deleted', 'changed', 'restrict', 'limit', 'sabotag', 'goes$', 'went$', 'go$',
          'going$', 'gets$', 'makes$'],
        ['money', 'paycheck', 'pay$', 'wages', 'salary', 'finances', 'bank', 'card', 'debit', 'account', 'phone', 'texts', 'messages',
          'emails?$', 'passwords?$', 'location', 'keys$', 'car$', 'passports?$', 'meds$', 'medication', 'pills$', 'birth', 'contraception',
          'pension', 'social', 'check$', 'contacts', 'friends', 'documents', 'id$', 'access', 'permission'],
      ],
      // A refusal to let: "he won't let me see my sister", "I'm not allowed to go out".
      [
        ['let$', 'allowed$', 'allow$', 'allows$'],
        ["won't", 'wont', "doesn't", 'doesnt', 'never', 'not$', "isn't", 'isnt', "don't", 'dont', "didn't", 'didnt', "wouldn't", 'wouldnt'],
      ],
    ],
  },
  masks: masks([
    // Substances and other things a person "abuses" that are not a person.
    String.raw`\b(?:ex-|former)?(?:etoh|ethanol|alcohol|drug|substance|opioid|ivdu?|tobacco|nicotine|heroin|cocaine|benzo) (?:abuse|misuse|use disorder)\b`,
    // Neurological neglect of one side of space, and self-neglect.
    String.raw`\bsided? neglect\b|\bhemi-?neglect\b|\b(?:visual|spatial|hemispatial|sensory|self)[- ]neglect\b`,
    String.raw`\bwith or without food\b|\bsh(?:ook|ake|akes|aking) (?:\w+ )?(?:hands?|head)\b`,
    String.raw`\b(?:substance|alcohol|drug|opioid|opiate|cannabis|marijuana|polysubstance|stimulant|benzodiazepine|benzo|prescription|pill|medication|caffeine|inhalant|cocaine|meth|heroin|laxative|steroid)s? (?:abuse|abuser|misuse|use)\b`,
    String.raw`\babus(?:e|ed|ing) (?:alcohol|drugs|substances|pills|caffeine|my body|my credit card|the (?:system|snooze|refund|policy|privilege)\w*|(?:his|her|their|my) (?:privileges|power|position|credit card)|the snooze button)\b|\babus(?:e|ed|ing) (?:my|the) \w+ (?:with|over|during)\b|\bi abuse (?:caffeine|the snooze)\b`,
    String.raw`\b(?:beat|beating|beats) (?:the (?:traffic|heat|odds|record|rush|crowd|system|game|deadline|clock)|them \d|us \d|me (?:at|in) (?:chess|cards|mario|tennis|\w+ kart|the game|a race))\b|\bbeat myself up\b|\bbeaten down\b|\bbeat (?:me|us|him|her|them) at\b`,
    String.raw`\bhit (?:me|him|her|us) up\b|\bhit (?:the (?:gym|road|books|bed|hay|snooze|jackpot|wall in|ground running)|a (?:deer|wall|pothole|nerve|home run)|my (?:head|knee|elbow|funny bone|toe|limit))\b|\b(?:market|news|crash|song|storm|wind|recession) (?:hit|hits|was hitting)\b|\bhits so hard\b|\bhit us hard financially\b|\bgot hit by a (?:car|ball|bus)\b`,
    String.raw`\btouch(?:ing|ed)? base\b|\bkeep in touch\b|\bin touch with\b`,
    String.raw`\b(?:forced|pushed|made) (?:me |us )?(?:to |into )?(?:work|stay|sit|cover|take|do my|finish|clean|go to)\b[^.]{0,30}\b(?:late|overtime|shifts?|meeting|report|homework|room|eleven|until|ap \w+|chores|a job)\b|\bforced to (?:cover|sit|work|stay)\b`,
    String.raw`\block(?:ed)? (?:myself|up the (?:shop|store|office)|out of (?:my|the) (?:car|house|account|instagram|phone))\b|\blocked the (?:liquor|food)? ?cabinet when i was a teen\b`,
    String.raw`\bchok(?:ed|ing) (?:on (?:my|her|his|a|the) \w+|up|during (?:my|the) \w+)\b|\bi choked during\b`,
    String.raw`\bstarv(?:ing|ed) (?:after|for (?:attention|food after))\b|\bi was starving\b|\bim starving\b`,
    String.raw`\bburn(?:ed|t)? (?:the toast|dinner|out|myself on the stove|on the stove making)\b|\bi got burned on the stove\b`,
    String.raw`\bthreaten(?:ed|s)? to (?:quit|unfriend|leave the group|raise the rent|sue|fire|report (?:him|her) to hr)\b|\bthreatened to (?:quit|unfriend)\b`,
    String.raw`\bkick(?:ed)? (?:the habit|my butt|off|it)\b|\bpunch(?:ed)? in (?:late|early)\b|\bslapp?(?:ed)? (?:a sticker|the alarm)\b|\bslaps my face every morning\b|\bplay ?(?:fight|wrestl\w*)\b|\bpillow fight\b|\bwrestle all the time\b|\bchild (?:abuse|protective) (?:investigator|services worker)\b`,
    String.raw`\b(?:controls?|controlling|controlled) (?:the thermostat|my (?:schedule|spending|own spending)|of my life|by (?:her|his|my) anxiety)\b|\b(?:anxiety|depression|phone) controls?\b|\bfeel(?:ing)? controlled by (?:her|his|my) anxiety\b`,
    String.raw`\b(?:tracks|track) my (?:steps|sleep|mood|period|spending)\b|\bchecks my grades\b|\b(?:took|takes|take) my phone away\b[^.]{0,40}\b(?:grades|homework|bedtime|week)\b`,
    String.raw`\b(?:dog|cat|horse|puppy|kitten|pet|animal|animals|cat|rescue)\b[^.]{0,40}\b(?:abused|neglected|starved|beaten)\b|\b(?:abused|neglected|starved|beaten)\b[^.]{0,30}\b(?:dog|cat|horse|animals?|puppy|pets?)\b|\b(?:dog|cat|horse|puppy|kitten|pet|animal)\b[^.]{0,40}\b(?:neglect|abuse|cruelty) (?:case|situation)\b`,
    String.raw`\bcrate at night to train\b`,
    // Things and feelings that "hit" someone; games.
    String.raw`\b(?:it|that|this|comment|news|reality|grief|realization|sadness|anxiety|panic|depression|memory|song|movie|truth)\b(?: \w+){0,2} hit (?:me|us|her|him)\b|\bhit (?:me|us|her|him) that\b|\bgot hit with (?:a|the) (?:wave|wall|ton|lot|bout)\b|\bbeat (?:me|us) up in (?:a|the) (?:pillow|snowball|water|nerf|play)\w* fights?\b|\b(?:pill|pills|meds|medication|melatonin|drink|beer|it|that|this) knock(?:ed|s)? (?:me|him|her) out\b`,
    String.raw`\b(?:mom|dad|mother|father|parents?|mum) (?:takes|took|take) my phone\b|\bkick(?:ed|s)? (?:him|her|me|us|them) out\b(?! at \d)|\bkicked (?:me |him |her )?off the (?:team|bus|server|call)\b`,
    String.raw`\b(?:car|bus|truck|bike|ball|train|van|cab|taxi|wave)s? (?:almost |nearly |just )?(?:hit|hits|knocked) (?:us|me|him|her|them)\b`,
    String.raw`\b(?:get|gets|got|getting) off on\b|\blikes it rough\b|\btouch me anymore\b`,
    String.raw`\b(?:was |were |got |being )?pushed (?:me |us )?(?:into|to) (?:taking|take|doing|do|apply|applying|join|joining|go|going|try|trying|study|studying|play|playing)\b`,
    String.raw`\b(?:exam|test|day|week|work|job|life|class|classes|workout|practice|game|anxiety|depression|it|this|that|school|semester)\b(?: \w+)? (?:beat|beats|kicked|kicks|crushed|killed|killing|kills) (?:me|us)\b`,
    // "I check my phone", "we take my car": the speaker doing it to their own things.
    String.raw`\b(?:i|we|you) (?:\w+ )?(?:control|take|took|keep|kept|hold|hide|hid|check|read|monitor|track|limit|restrict|change|changed|delete|deleted|go through|went through)\b`,
  ]),
  rules: rules([
    ['abuse-word', 'word', String.raw`\babus(?:e|ed|er|ers|ing|ive|ively)\b|\bmaltreat\w*|\bneglect(?:ed|ful)?\b|\bmistreat\w*`],
    ['sexual-violence', 'word', String.raw`\brap(?:e|ed|es|ist|ing)\b|\bmolest\w*|\bincest\b|\bsexual(?:ly)? (?:assault\w*|abuse\w*|exploit\w*|coerc\w*|touch\w*|molest\w*)\b|\btouched sexually\b|\b(?:unwanted|nonconsensual|non-consensual) sexual\b|\bsexual contact (?:by|from|with (?:a|an|her|his|my) (?:priest|coach|teacher|uncle|adult|older|stepfather|stepdad|cousin|brother))\b|\bassault(?:ed)? (?:me|her|him)\b|\bsexually assaulted\b|\bgroom(?:ed|ing)\b(?! (?:the|my|a|our) (?:dog|cat|puppy|horse|pet|beard|hair))`],
    ['violence-word', 'word', String.raw`\bviolen(?:ce|t)\b|\bdomestic (?:violence|abuse)\b|\bdv\b|\bipv\b|\bintimate partner violence\b|\bbattered\b|\btraffick(?:ed|ing|er|ers)\b|\bstrangl\w+|\bstrangulation\b|\brestraining order\b|\bprotective order\b|\bcps\b|\bchild (?:protective services|services|welfare(?: services)?)\b|\bmandated report\w*|\bremoved from the home\b|\bremoved (?:by|from) child\b|\bsafety plan\w*|\bcoercive control\b|\bgaslight\w*|\bstalk(?:ing|ed|s|er)?\b|\bfinancially exploit\w*|\bfinancial exploitation\b`],
    ['hit-person', 'act', String.raw`\b${HIT} (?:(?:me|us|her|him|them) )?(?:(?:with|by|in|across|on|into|against|down|to|off|around|up) )?${VICTIM}\b|\bpush(?:ed|es)? (?:me|her|him|us|them) (?:down|against|into (?:a|the) (?:wall|door|table|counter)|off|over|out of)\b|\b(?:being|been|was|were|got|get|gets) (?:hit|beaten|slapped|punched|kicked|choked|shoved|thrown|whipped|strangled|shaken|burned|pushed)\b`],
    ['hit-with-object', 'act', String.raw`\b(?:with|using) (?:a |the |an )?(?:belt|belts|cords?|extension cord|hanger|wooden spoon|spoon|switch|shoe|hairbrush|stick|paddle|closed fist|fist|knife|gun)\b|\b(?:belt|cords?|hanger|switch) (?:and|or) (?:cords?|belt|hanger)\b|\bholds? a lighter to\b`],
    ['grab-body', 'act', String.raw`\b(?:by (?:my|her|the) (?:hair|throat|neck|arm)|(?:hands|hand) (?:around|over) (?:my|her) (?:neck|throat|mouth)|grabbed my throat|pulled my hair|sat on (?:me|my chest)|hold me down|held me down|holding me down|holding her down|pin(?:ned)? me|head under (?:the )?water|face into)\b|\bcouldn'?t breathe\b|\bthrew a \w+ at (?:me|her|us)\b|\bthrew me (?:out|against)\b`],
    ['injury', 'act', String.raw`\bblack eye\b|\bbroke my (?:arm|nose|ribs?|wrist|jaw|finger)\b|\bbruis\w+\b[^.]{0,40}\b(?:he|she|grabbed|from where|him|her|partner|husband|boyfriend|dad|mom|observed on|visible)\b|\b(?:visible|leaving|left) bruis\w+\b|\bscars\b[^.]{0,30}\b(?:belt|from (?:him|her|the))\b|\bmarks left\b|\bcut my face\b|\blost the baby\b|\bribs bruised\b|\b(?:told|tell) the (?:er|doctor|school)\b[^.]{0,20}\bfell\b|\bsaid i fell\b|\blied about it\b`],
    ['confine', 'act', String.raw`\block(?:ed|s|ing)? (?:${VICTIM}) (?:in|up|out|into|inside)\b|\block(?:ed|s|ing)? (?:me|us|her|him|them) in (?:the|my|a|our) \w+\b|\b(?:in|into) the (?:dog )?crate\b|\bsleep (?:in the garage|on the floor)\b|\bkneel (?:on rice|and beg)\b|\bstand in the corner all night\b|\btied (?:me|us|her|him) (?:up|to)\b|\btie me to\b|\block the (?:fridge|food)\b|\bin the trunk\b[^.]{0,30}\bleave\b|\bin the oven\b|\blocked in a (?:room|closet)\b|\block(?:ed)? (?:her|me|us) in (?:a|the) (?:closet|room|basement)\b`],
    ['starve', 'act', String.raw`\bstarv(?:e|ed|ing) (?:me|us|her|him|them|the kids)\b|\bbeing starved\b|\bstarved as punishment\b|\b(?:wouldn'?t|didn'?t|won'?t|never|nobody) (?:feed|fed) (?:us|me|them|the kids)\b|\bnobody fed us\b|\b(?:days|hours|us|me|them|kids|left|locked)\b[^.]{0,20}\b(?:without|no) food\b|\bno food (?:in the house|for days|at home|for us)\b|\bfood deprivation\b|\btake the kids'? food\b|\bfood away to punish\b|\b(?:go|went) to school hungry\b|\bbeg for food\b|\bwon'?t let me eat\b|\bwithout (?:food or )?supervision\b`],
    ['threat', 'act', String.raw`\bthreat(?:en|ens|ened|ening|s)?\b[^.]{0,40}\b(?:kill|hurt|harm|take the (?:kids|children)|knife|gun|post|break|leave|money|me)\b|\b(?:he|she)(?:'ll| will|'d| would) (?:kill|hurt|break|post)\b|\bif i (?:leave|left|don'?t)\b[^.]{0,30}\b(?:kill|hurt|hurts|take the kids|post|never see)\b|\bhas a gun\b[^.]{0,30}\bremind\w*\b|\bnobody would miss me\b|\bnever see them\b`],
    ['control', 'act', String.raw`\b(?:controls?|controlling|takes?|took|taking|keeps?|kept|holds?|hides?|hid|checks?|reads?|monitors?|monitoring|tracks?|smashed|smashes|destroys?|deleted|changed|restricts?|restricting|limits?|limiting|sabotages?|goes through|went through|go through|going through|gets)\b (?:(?:all|access to|away) )?(?:of )?(?:my|her|our|the kids'|all my|all her|my whole|her whole)\b (?:\w+ )?${CONTROL_OBJ}\b|\brestricts? (?:her |my )?access to\b|\bputs? a tracker\b|\bput a tracker\b|\bmakes me ask permission\b|\b(?:won'?t|doesn'?t|does not|will not|never) let (?:me|her) (?:have|see|go|leave|talk|eat|wear|use|call|work|out)\b|\b(?:isn'?t|not|am not|i'?m not) allowed to (?:see|go|talk|call|leave|have)\b|\bisolat(?:ed|es|ing) (?:me|her)\b|\b(?:go|going|leave|out|anywhere) without him\b|\bunless he comes\b|\bshows? up wherever\b|\b(?:still )?follows me (?:home|everywhere|around|to)\b|\bstill follows me\b|\bbroke into my\b|\bblocked my friends\b`],
    ['sexual-abuse-act', 'act', String.raw`\btouch(?:ed|es|ing)? (?:me|her|him|us)\b(?! (?:base|up))|\btouched (?:me |her )?inappropriately\b|\binappropriate(?:ly)? touch\w*|\b(?:put|puts|putting) (?:his|her) hands? (?:under|down|up|in|on)\b|\bhands under my\b|\b(?:came|come|comes|coming|would come) (?:in|into) (?:my|her|our) (?:room|bedroom|bed)\b|\bentered (?:my|her|our) (?:room|bedroom)\b|\btook advantage of (?:me|her)\b|\b(?:wouldn'?t|didn'?t|did not|would not) stop when (?:i|she) said\b|\bin the shower with me\b|\bshower with (?:me|the door open)\b|\b(?:made|make|makes|forced|force|forces|pressured|pressures|coerced|coerces|got) (?:me|us|her) (?:to )?(?:do (?:stuff|things)|have sex|touch|perform|undress|send)\b|\bdid (?:that |those |these )?(?:stuff|things) to (?:me|us|her)\b|\bdo (?:stuff|things) to me\b|\bforced (?:himself|herself) on\b|\bexposed (?:himself|herself)\b|\bsit on (?:his|her) lap\b|\bour (?:little )?secret\b|\bnot to tell\b|\bmature for my age\b|\bwithout (?:my |her )?consent\b|\bagainst (?:my|her) will\b|\bafter i said (?:no|stop)\b|\beven when i said no\b|\bsold me to\b|\bforced (?:me |her )?(?:into|to have|to perform) (?:sex|sexual)\b|\bforced to perform\b|\bshowed me porn\b`],
    ['age-gap', 'act', String.raw`\bi was (?:\d{1,2}|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)\b[^.]{0,15}\b(?:he|she) was (?:\d{2}|twenty|thirty|forty)\w*|\b(?:he|she) was (?:\d{2}|twenty|thirty|forty)\w* and i was (?:\d{1,2}|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\b`],
    ['emotional', 'act', String.raw`\bcalls? (?:me|her) (?:worthless|stupid|useless|fat|ugly|a whore|a slut|crazy|names)\b|\bname-calling\b|\bscreamed in my face\b|\bwished i'?d never been born\b|\bwish i was never born\b|\bdead to (?:them|him|her)\b|\bnobody will believe me\b|\bmade me feel crazy\b|\bshut up or\b`],
    ['body-harm', 'act', String.raw`\b(?:he|she|they|mom|mother|dad|father|stepdad|stepmom|stepfather|stepmother|husband|wife|boyfriend|girlfriend|bf|gf|partner|brother|sister|uncle|aunt|grandma|grandpa|grandmother|grandfather|cousin|coach|teacher|ex)\b(?: \w+){0,2} (?:burned|burnt|broke|twisted|cut|slammed|smashed|bit|scratched|hit|punched|kicked|slapped|hurt|hurts|bruised|busted|split|grabbed|yanked|squeezed|pulled) (?:my|her|his) (?:hand|hands|arm|arms|face|leg|legs|back|head|fingers?|wrist|nose|neck|ribs?|jaw|eye|lip|lips)\b|\b(?:he|she|they|dad|mom|father|mother|stepdad|husband|boyfriend|partner|brother|ex)\b (?:would |used to |always |still |keeps |kept )?(?:hurt|hurts|hurting) (?:me|us|her|the kids)\b`],
    ['intimidation', 'act', String.raw`\b(?:punched|kicked|hit|smashed|threw \w+|slammed \w+)\b[^.]{0,30}\b(?:next to|right by|near|inches from|at) (?:my|her) (?:head|face)\b|\b(?:destroys?|destroyed|smash(?:es|ed)?|breaks?|broke|ripped|rips|burned|threw out) (?:all )?(?:of )?(?:my|her) (?:belongings|things|stuff|clothes|property)\b|\bcontrols? (?:all )?(?:the |our |my |her )?(?:money|finances)\b`],
    ['paraphrase', 'act', String.raw`\b(?:take|takes|took|taking) it out on (?:me|us|her|him|the kids|whoever)\b|\b(?:made|make|makes) (?:me|us|her|him) (?:sleep|stay|stand|kneel|sit) (?:outside|in the (?:cold|yard|car|hallway)|on the floor)\b|\bthr(?:ow|ew|ows|owing) (?:a |the |his |her |my )?(?:plate|plates|glass|bottle|chair|shoe|phone|remote|cup|mug|book|knife|lamp|things|stuff|dishes|food|beer|can|keys|ashtray|pan|pot|toy|rock|drink) at (?:me|her|us|him)\b|\bblock(?:s|ed|ing)? the door\b|\bso i can'?t leave\b(?! the (?:country|state|us))|\b(?:never|no|wasn'?t|there was never) (?:any )?food in the house\b|\bdisappear(?:ed|s)? for days\b|\bleft (?:us|me|her|him|the kids) alone for days\b|\b(?:beat|kick|knock|slap|punch)(?:ed|s)? the (?:crap|shit|hell|life|snot) out of\b|\bpull(?:ed|s)? (?:a|his|her) (?:knife|gun) on\b|\bnobody (?:else )?would (?:ever )?(?:want|love|believe) (?:me|you|her)\b|\btell(?:s|ing)? me i'?m (?:crazy|worthless|stupid|nothing|fat|ugly|useless)\b|\beat off the floor\b|\b(?:his|her) hands? (?:would )?(?:go|went|wander\w*|slid|moved) (?:lower|down|under|up)\b|\bwatch(?:ed|es|ing)? (?:me|her|us) (?:change|undress|shower|in the shower|bathe)\b|\b(?:told|tell|say|said) (?:everyone|people|the \w+|them)\b[^.]{0,15}\bi fell\b|\bleft (?:alone )?in (?:her|his|their|my) own (?:mess|waste|urine|filth)\b|\btortur\w+ (?:me|us|her|him)\b|\bwithh(?:olds?|eld|olding) (?:money|food|medications?|meds)\b|\bmonitors (?:all )?(?:(?:my|her) )?(?:purchases|spending)\b|\binadequate (?:food|supervision|care|nutrition)\b|\bkept (?:home|out) (?:from|of) school\b`],
    ['paraphrase-2', 'act', String.raw`\bgo(?:es|ing)? after (?:me|us|her|him|my \w+|whoever|the kids)\b|\bwent after (?:me|us|her|him|my \w+|whoever|the kids)\b|\b(?:hide|hid|cover|covered|covering) (?:up )?(?:the |my |her )?(?:marks|bruises|scars)\b|\bwouldn'?t see the (?:marks|bruises)\b|\bleft (?:a )?(?:bruise|bruises|marks?|welts?)\b|\block(?:ed|s)? the (?:pantry|cabinet|cabinets|kitchen|cupboard|cupboards|refrigerator)\b|\b(?:couldn'?t|wasn'?t allowed to|weren'?t allowed to|not allowed to) eat\b|\bif (?:i|you|we) (?:ever )?tell (?:anyone|anybody|someone|your \w+)\b|\b(?:don'?t|not to|never to) tell (?:anyone|anybody|your (?:mom|dad|mother|father|parents))\b|\bphysical(?:ly)? (?:disciplin\w+|punish\w+|assault\w*|aggress\w*|harm\w*|hurt|attack\w*|fights?)\b|\bdisciplined with (?:objects|a belt|belts|cords?|a switch)\b|\b(?:come|came|comes|walk(?:ed|s)?|barg(?:ed|es)) in(?:to)? (?:the |my |her )?(?:bathroom|shower|room|bedroom)\b[^.]{0,30}\bwhen (?:i|she) was (?:showering|in the shower|in the bath|changing|undressing|naked|getting dressed)\b`],
    ['kicked-out', 'act', String.raw`\bkicked (?:me|us) out at \d+\b|\bthrew me out of the car\b|\block(?:ed)? us out of the house\b`],
    ['exploit-elder', 'act', String.raw`\bstealing from (?:her|him|my)\b|\btaking her (?:medications|money)\b|\btakes my (?:pension|social security)\b|\bpushes me around\b`],
  ]),
  vetoes: rules([
    ['profession', 'word', String.raw`\b(?:works? as|worked as|working as|employed as|occupation|training to be|my job|a job as|advocate|investigator|coordinator|social worker|forensic interviewer|works in|employed in)\b`],
    ['news', 'word', String.raw`\b(?:news|story|documentary|article|scandal|podcast|show|film|movie|book|training|awareness|workshop|seminar|course)\b`],
  ]),
};
