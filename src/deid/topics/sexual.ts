// Explicit sexual content (R36): sexual acts, bodies in a sexual context, sexual function, sex
// work, sexting and pornography. Sex as a demographic field, sexual orientation or gender as
// identity, dating and affection without sex are not the topic.
import { frames, masks, rules, type TopicRules } from './rules.ts';

export const sexual: TopicRules = {
  anchors: {
    any: [
      // Topics round 7 (development batch 17): older adults' and teens' words, clinical shorthand.
      // Common words ("lay", "prep", "drives", "company") open the gate only as pairs (below).
      'marital', 'conjugal', 'wifely', 'rubbers?$', 'smash', 'msm$', 'hsv', 'libidos$', 'companionship',
      // Topics round 6: Spanish in code-switched messages.
      'relaciones', 'acost', 'cond(?:o|ó)n', 'protecci', 'toca$', 'infiel',
      'pressur',
      // Development batch 14 (topics round 5): consent, contraception, euphemism.
      'parlou?rs?$', 'cheat', 'thirst',
      'underwear',
      // Topics round 12: contraception named (a body sold opens the gate by 'sell' and 'sold';
      // a picture of oneself and a child asked what she wears open it as pairs, below).
      'contracepti',
      'sex', 'intercourse', 'coit', 'oral$', 'blow', 'finger', 'anal$', 'penetrat', 'handjob', 'threesome', 'booty',
      'spank', 'rides$', 'positions', 'hook', 'grindr', 'tinder', 'orgasm', 'climax', 'masturbat', 'jerk', 'erecti',
      'impoten', 'ejacul', 'horny', 'arous', 'libido', 'vaginismus', 'dyspareunia', 'anorgasm', 'hypersex', 'virgin', 'penis', 'vagin',
      'dick', 'cock', 'clit', 'genital', 'boobs', 'tits', 'breast', 'butt$', 'ass$', 'crotch', 'nipple', 'skirt', 'underwear', 'naked',
      'nude', 'nudity', 'skinny', 'porn', 'adult', 'explicit', 'intima', 'dirty', 'onlyfans', 'cam$', 'escort', 'strip', 'prostitut',
      'sell', 'sold$', 'paid$', 'transactional', 'trad', 'exchang', 'favou?rs', 'lap$', 'fetish', 'kink', 'bdsm', 'erotic', 'fantasies',
      'condom', 'unprotected', 'protection', 'std', 'sti$', 'stis$', 'bedroom', 'finish', 'pretend', 'fake$', 'rough', 'choked',
 'affair', 'grab', 'junk$', 'quickie', 'backseat', 'lap$', 'rape', 'raped', 'rapes', 'rapist', 'raping', 'molest', 'inappropriat', 'cum$', 'suck',
      'bang', 'topless', 'privates',
      // Frame heads (the frames at the end of the rules).
      'spicy', 'naughty', 'nsfw', 'risqu', 'racy', 'private$', 'consensual', 'carried', 'frisky',
      'handsy',
      'perform', 'partners$', 'chlamydia', 'gonorrh', 'syphilis', 'herpes', 'warts', 'trichomon', 'marriage',
      'fantasi[sz]', 'relations$', 'dorm$', 'wet$', 'dreams?$', 'physically', 'roleplay', 'faked$', 'bra$', 'passion', 'contraception', 'obsessed',
    ],
    pairs: [
      // Topics round 12.
      'birth control', 'of herself', 'of himself', 'of yourself', 'of themselves', 'film herself', 'film himself', 'film yourself',
      'snap herself', 'snap himself', 'snap yourself', 'photograph herself', 'photograph himself', 'photograph yourself',
      'record herself', 'record himself', 'record yourself', 'video herself', 'video himself', 'video yourself', 'filmed herself',
      'send herself', 'sends herself', 'sent herself', 'pics herself',
      "she's wearing", 'she is wearing', "he's wearing", 'he is wearing', "i'm wearing", 'i am wearing', "you're wearing",
      'you are wearing', 'she was wearing', 'he was wearing', 'i was wearing', 'what wearing',
      'my body', 'her body', 'his body',
      // Topics round 8 (development batch 18).
      'touched my', 'touches my', 'kept wandering', 'would wander', 'started wandering', 'hands wandered', 'fingers wandered', 'hands wander', 'fingers wander', 'wandering hands', 'me do', 'her do', 'him do', 'touched you', 'touched him', 'touches her', 'touches me', 'touch me', 'touch her', 'he wanted', 'she wanted', 'he wants', 'they wanted', 'went places', 'go places', 'with men', 'with women', 'nice with', 'loved him', 'loved me', 'loved her', 'love me', 'said yes', 'kept going', "didn't stop", "wouldn't stop", 'too drunk', 'too wasted', 'too intoxicated', 'too asleep', 'too high', 'too out', 'the pill',
      'days late', 'weeks late', 'week late', "i'm late", 'im late', "she's late", 'the sheets', 'the act', 'the deed', 'each other',
      'of video', 'of videos', 'of movie', 'of movies', 'of site', 'of sites', 'of website', 'of websites', 'of content', 'of pictures',
      'up our', 'opening our', 'hand away', 'hands away', 'the bedroom', 'bedroom has', 'bedroom is', 'bedroom was',
      'things further', 'it further', 'gets off', 'getting off', 'got caught', 'touched in', 'touched for', 'morning after', 'than kiss', 'than kissing', 'than making', 'than cuddling', 'home together', 'home with', 'his place', 'her place', 'my body', 'her body', 'record us', 'recording us', 'film us', 'filming us', 'since anyone', 'since i', 'been touched', 'using toys', 'try toys', 'tried toys', 'making out', 'makes out', 'things off', 'clothes off', 'everything off', 'faked it', 'fake it', 'role play', 'nothing on', 'without clothes', 'any clothes', 'my clothes', 'a shirt', 'my shirt', 'my top', 'my underwear',
      'touch each', 'touched each', 'touching each', 'touches each', 'expect something', 'expects something', 'expecting something', 'expect sex', 'expect it', 'expects it', 'expect more', 'caught something', 'got something', 'did stuff', 'do stuff', 'doing stuff', 'does stuff', 'done stuff', 'tried stuff', 'try stuff', 'did things', 'do things',
      'doing things', 'tried things', 'try things', 'did more', 'do more', 'get close', 'got close', 'getting close', 'gets close',
      'things happened', 'stuff happened', 'one thing', 'spent the', 'spend the', 'spending the', 'gave him', 'gave her',
      'bring another', 'brought another', 'bring a', 'brought a', 'invite another', 'invited another', 'adding a', 'add a', 'been with',
      'was with', 'were with', 'did it', 'do it', 'done it', 'doing it', 'tried it', 'try it', 'did something', 'tried something', 'into bed', 'led to',
      'use toys', 'used toys', 'using toys', 'tried toys', 'sex toys', 'bought toys',
      'together that', 'together like',
      'end up', 'ends up', 'ending up', 'in lingerie', 'dress up', 'wants oral', 'want oral', 'top off', 'bra off', 'pants off', 'underwear off', 'put on',
      'touch me', 'touch her', 'open things', 'open it', 'open the', 'open our', 'open relationship', 'using protection', 'wearing protection', 'sleep with', 'with girls', 'with guys',
      "we're intimate", 'were intimate', 'are intimate', 'getting intimate', 'of myself', 'of herself', 'of himself', "can't perform", 'cant perform', 'even perform',
      'came inside', 'all the way',
      'make out', 'made out', 'making out', 'made love', 'make love', 'making love', 'in bed', 'his bed', 'her bed', 'their bed', 'first time', 'one night', 'plan b', 'do it', 'did it', 'doing it', 'get off', 'got off', 'get hard', 'get wet', 'keep it',
      'get it', 'mess around', 'messed around', 'messing around', 'fool around', 'fooled around', 'fooling around', 'slept together',
      'slept with', 'sleep with', 'sleep together', 'sleeping with', 'sleeping together', 'sleeps with', 'go further', 'goes further',
      'going further', 'happy ending', 'clothes off', 'shirt off', 'kissing my', 'up my', 'only fans',
      'tie me', 'tied me', 'on top', 'hand up', 'went all', 'go all', 'down on', 'down there', 'with benefits', 'touch myself',
      'touching myself', 'turned on', 'turn on', 'turn me', 'turns me', 'turned me', 'swing with', 'swinging with', 'swinger', 'swingers', 'me head', 'him head',
      'her head', 'back seat', 'wants it', 'want it', 'wanted it', 'done it', 'nothing physical', 'no physical', 'to dance', 'lost it',
      'ended up', 'bad in', 'good in', 'great in', 'terrible in', 'boring in', 'selfish in', 'ate me', 'eat me', 'eat her', 'ate her', 'we banged', 'private parts', 'sleep around', 'sleeping around',
      'had relations', 'took advantage', 'forced himself', 'forced herself', 'stuff to', 'things to', 'touched me', 'touched her',
      'lay with', 'lain with', 'laid with', 'duty of', 'on prep', 'different drives', 'mismatched drives', 'opposite drives', 'dry spell',
      'for company', 'caught from', 'caught off', 'gotten from', 'got from',
      'to bed', 'body count', 'losing it', 'lose it', 'been close', 'were gone', 'are gone', 'was gone', 'were away', 'are away',
      'woke up', 'said no', 'said stop', 'i said', 'she said', 'stuff in', 'things in', 'something in',
    ],
  },
  masks: masks([
    // Topics round 12: a genital examination by a clinician ("the paediatrician checked his private parts").
    String.raw`\b(?:doctor|dr|paediatrician|pediatrician|gp|nurse|midwife|urologist|gyn\w*|physician|consultant|surgeon|clinician)\b[^.]{0,30}\b(?:check\w*|examin\w*|look\w* at|swab\w*)\b[^.]{0,20}\b(?:private parts|privates|genitals?|testicles?|down there)\b`,
    // Topics round 8: "made me do things like <a chore>", not a sexual act (round 12: with words between).
    String.raw`\b(?:made|makes|make|making) (?:me|us|him|her) do (?:things|stuff)(?: [^.,;]{1,30})?,? like (?!(?:touch|kiss|undress|strip|watch|take off|show|send|sit on|lie|lay|suck|lick|rub|hold|look at|pose|get naked|sleep|play with|that)\b)\w+`,
    String.raw`\b(?:did|do|done) it\b(?=[^.]{0,40}\b(?:moved|moving|apartment|furniture|in one trip|in one go|in one day|boxes)\b)`,
    // Demographic fields and identity, education and health care about sex, not sexual content.
    String.raw`\bsex ?[:=] ?\w+|\bsex (?:assigned|at birth|marker|ed\b|education|educat\w+|therapist|pistols|offender registry)\b|\bsex(?:ual)? health(?: clinic)?\b`,
    String.raw`\bsexual(?:ity)? (?:orientation|identity|minorit\w+|and gender)\b|\bmy sexuality\b|\bsexuality isn'?t\b`,
    String.raw`\bpenetration (?:test\w*|testers?|rate|depth|pricing)\b|\bpen ?test\w*|\bnudes? (?:lipstick|eyeshadow|shade|tights|heels|palette)\b|\b(?:nude|naked) (?:lipstick|eye|truth|color|colour|heels|palette)\b|\b(?:feel|felt|so) naked without\b|\b(?:cat|dog|puppy|kitten) (?:is )?so naked\b|\b(?:sleep|go to bed|sleeping) naked when\b`,
    String.raw`\bslept (?:with (?:the lights|my (?:headphones|phone|dog|cat|teddy|blanket)|a night ?light)|at (?:my|a) friend'?s)\b|\bsleep with (?:my (?:headphones|phone|dog|cat)|the (?:lights|tv|fan|door))\b`,
    // Sharing a bed or couch with nothing sexual said to have happened.
    String.raw`\b(?:slept|sleep|sleeping) together\b(?=[^.]{0,60}\b(?:nothing happened|just friends|platonic)\b)`,
    String.raw`\bsex of (?:the|a|our|my|her) (?:baby|child|fetus|kitten|puppy)\b`,
    String.raw`\bcondom cath\w*|\b(?:arousable|arousal from sleep|aroused (?:to|by|from) (?:voice|sleep|touch|pain|sternal|verbal|stimul\w*))\b`,
    String.raw`\b(?:sti|std)s? (?:testing|screening|tests?|panel)\b|\broutine (?:sti|std) \w+`,
    String.raw`\btouching base\b|\btouch(?:ed|ing)? (?:base|up|on the subject|the (?:cold )?glass|grass)\b|\b(?:hands|fingers) were touching\b`,
    String.raw`\bstripper of (?:old )?\w+|\bstrip(?:ping|ped)? (?:the|old)? ?(?:furniture|paint|dressers?|wallpaper)\b`,
    String.raw`\b(?:hot|sexy) (?:mess|playlist|song|car|take)\b|\bso sexy i love it\b`,
    String.raw`\bintima(?:te|cy) (?:emotionally|with (?:my )?friends|even with friends)\b|\bemotional(?:ly)? intima\w+\b`,
    String.raw`\bhard (?:time|work|day|part|to|on|enough|for|worker|drive)\b|\bwork(?:ing|ed)? hard\b|\btry(?:ing)? hard\b`,
    String.raw`\b(?:finish(?:ed|ing)?) (?:the|my|his|her|school|work|homework|college|dinner|eating|line)\b|\bfinish line\b`,
    String.raw`\bcam(?:era|p|ping|pus)\b`,
    // Development batch 14: "the intimacy of a small class", "a penetrating question".
    String.raw`\bintimacy of (?:a|the|our) (?:small |tiny |little )?(?:class|group|venue|room|space|setting|theatre|theater|restaurant|cafe|gathering|ceremony|concert)\b|\bpenetrating (?:question|gaze|look|stare|insight|analysis|cold|damp|smell|voice|remark)s?\b`,
    // Topics round 7: the words' other senses — a baby's or a plant's sex, relatives sharing a
    // tent, a rugby hooker, hooking up a device, a sexy car, intimate with data, a story's climax,
    // going all the way somewhere, a topping "on top".
    String.raw`\b(?:baby|babies|fetus|foetus|puppy|puppies|kitten|kittens|foal|calf|chick)'?s? sex\b|\bsex and the city\b`,
    String.raw`\b(?:a)?sexual reproduction\b|\bsexual(?:ly)? (?:dimorph\w*|selection|maturity)\b`,
    String.raw`\b(?:my|our) (?:little |big |older |younger )?(?:brother|sister|cousin|mom|mum|dad|kids?|son|daughter|grandma|grandpa|siblings?) and i (?:slept|sleep|sleeping|shared a bed)(?: together)?\b`,
    String.raw`\bhookers? (?:on|for|in) (?:the|our|a|my|his|their) (?:\w+ )?(?:team|club|side|scrum|squad)\b|\b(?:plays?|played|playing) (?:at )?hooker\b|\b(?:rugby|scrum) hooker\b`,
    String.raw`\bhook(?:ed|ing|s)? up (?:the|a|my|our|his|her)(?: new| old)? (?:router|printer|trailer|tv|speakers?|cable|hose|camper|boat|wifi|modem|computer|console|generator|battery|stereo|dryer|washer|dishwasher|lights?|sprinklers?)\b|\b(?:router|printer|trailer|tv|speakers?|cable|hose|camper|modem|console|generator|battery|stereo|dryer|washer)s? (?:\w+ )?hooked up\b`,
    String.raw`\b(?:car|truck|bike|dress|shoes|outfit|font|design|kitchen|code|house|voice|accent|logo|guitar|watch) (?:is|was|looks|looked) (?:so |really |super )?sexy\b`,
    String.raw`\bintimate with (?:the|this|our|these|that) (?:data|numbers|material|details|code|spreadsheets?|process|subject|text|city|neighbou?rhood)\b`,
    String.raw`\b(?:movie|film|book|story|play|novel|show|season|episode|game|song|hike|concert|race|speech)'?s? climax\b|\bclimax of (?:the|this|a|that) (?:movie|film|book|story|play|novel|show|season|series|episode|game|hike|concert|race|speech|chapter)\b`,
    String.raw`\b(?:went|go|goes|going|drove|drive|driving|walked|walk|ran|run|came|come|flew|biked|swam|hiked) all the way (?:to|there|back|up|down|home|across|over|from)\b`,
    String.raw`\b(?:cheese|cream|men|sprinkles|icing|frosting|cherry|cherries|toppings?|candles?|figures?|figurines?|a bow|nuts|sugar|sauce|eggs?|butter|salt) on top\b|\bon top of (?:the|a|that|this|my|everything|things|it all)\b`,
  ]),
  rules: rules([
    // Topics round 12 (development batch 22): a body sold (not "sold myself short" or a job
    // interview's pitch), contraception beside a partner (a note's contraception counselling is not), a child asked for pictures of herself undressed or
    // asked what she is wearing by a grown man.
    ['sold-self', 'act', String.raw`\bs(?:ell|ells|elling|old) (?:myself|herself|himself|themselves|yourself|my body|her body|his body)\b(?! short)`, String.raw`!\b(?:interviews?|job|pitch|resume|cv|employer|boss|company|team|panel|audition|application|idea|brand|skills?|business|clients?|customers?|buyers?|organs?|kidney|plasma|blood|eggs|hair)\b`],
    ['birth-control', 'act', String.raw`\bbirth control\b|\bcontracepti(?:on|ves?)\b`, String.raw`\b(?:girlfriend|boyfriend|gf|bf|partner|hook\w*|sleeping (?:with|together)|sleeps with|slept with|pregnan\w*|sex\w*|condoms?)\b`],
    ['self-image-request', 'act', String.raw`\b(?:snap|snaps|photo\w*|film|films|filmed|video|record\w*|pics?|pictures?|send|sends|sent)\b[^.]{0,15}\b(?:herself|himself|yourself|themselves|myself)\b`, String.raw`\b(?:shower|bath|bathtub|naked|nude|undress\w*|changing|underwear|bra|knickers|panties|without (?:any |her |his )?clothes|in bed)\b`],
    ['asks-what-wearing', 'act', String.raw`\b(?:asks?|asked|asking) (?:(?:her|him|me|you|my \w+) )?(?:what|wat) (?:she'?s|he'?s|i'?m|you'?re|she is|he is|i am|you are|she was|he was|i was) wearing\b`, String.raw`\b(?:man|men|guy|adult|older|grown|coach|teacher|tutor|stranger|uncle|instructor|twelve|thirteen|eleven|fourteen|fifteen|\d{1,2}-year-old|year-old)\b`],
    // Topics round 6: Spanish as clients mix it into English ("tuve relaciones con un chavo",
    // "hacerlo sin protección", "ya no me toca"): having relations, sleeping with someone, sex
    // without a condom, unfaithfulness. The learned model has no senses for these words.
    ['spanish', 'act', String.raw`\b(?:tener|tuve|tuvimos|tenemos|tengo|tiene|tienen|tenido|ten[ií]a|ten[ií]amos|tuvo|tuvieron) relaciones\b|\bme acost[eéoó] con\b|\bnos acostamos\b|\bacostarse con\b|\b(?:hacerlo|lo hicimos|lo hacemos|lo hizo|lo hice) (?:sin (?:cond[oó]n|protecci[oó]n)|por primera vez)|\bsin (?:usar )?(?:cond[oó]n|protecci[oó]n)(?![a-záéíóúñ]| solar| para el sol| de datos)|\bno (?:usamos|us[eé]|us[oó]) (?:cond[oó]n|protecci[oó]n)|\bya no me toca\b|\bme (?:fue|es|era) infiel\b|\bme toc(?:aba|[oó]) (?:mis partes|ah[ií] abajo)`],
    ['sex-word', 'word', String.raw`\bsex(?:ual|ually|y|ting|ted|t|ts|es)?\b|\bintercourse\b|\bcoit\w+|\boral (?:sex|on (?:me|him|her))\b|\b(?:performed|perform|performing|gave|give|giving|do|did|doing|receive|received|got) (?:(?:me|him|her|them) )?oral\b`],
    ['acts', 'act', String.raw`\b(?:blow ?jobs?|gave (?:me|him|her) head|(?:went|go|going|goes) down on (?:me|him|her|each other)|finger(?:ed|ing)? me|penetrat\w+|hand ?jobs?|anal (?:sex|play|intercourse)|(?:do|doing|try|trying|for|wants?|had) anal|made love|making love|make love|went all the way|go all the way|one[- ]night stand|threesome|friends with benefits|booty call|swing(?:ing)? with (?:another|other) (?:couples?|people)|swingers?|tie me up|tied me up|spank\w*|rides me|on top|positions from|69)\b`],
    ['hookup', 'act', String.raw`\bhook(?:ed|ing)? ?up\b(?! to\b)(?! (?:the|a|my|his|her)(?: \w+)? (?:tv|printer|speakers?|computer|laptop|phone|console|cable|wifi|router))|\bhookups?\b|\bgrindr\b|\bhookup apps?\b`],
    ['slept-with', 'act', String.raw`\b(?:slept|sleep|sleeping|sleeps) (?:together|with (?:him|her|them|me|my (?:ex|boss|coworker|friend|best friend|roommate)|a (?:man|woman|guy|girl|stranger|married)|someone|strangers|other people|another|his|her|girls|guys|men|women|other (?:girls|guys|men|women)))\b|\bsleep with (?:me|him|her) for\b`],
    ['orgasm-function', 'word', String.raw`\borgasm\w*|\bclimax(?:ed|es|ing)?\b|\bmasturbat\w+|\bjerk(?:ing|ed)? off\b|\btouch(?:ing)? myself\b|\berecti(?:on|ons|le)\b|\bimpoten\w+|\bejaculat\w+|\bpremature ejac\w*|\bkeep it up\b|\bget it up\b|\bget (?:hard|wet)\b|\bget(?:s|ting)? off on\b|\bturn(?:ed|s)? (?:me )?on\b|\bhorny\b|\b(?:get|gets|got|getting|feel|felt|was|am|be|being) aroused\b|\b(?:sexual|physical|genital) arousal\b|\barousal (?:problems?|issues?|difficult\w*|disorder)\b|\bcan'?t get aroused\b|\blibido\b|\bvaginismus\b|\bdyspareunia\b|\banorgasmi\w+|\bhypersexual\w*|\bvaginal dryness\b|\bvirginity\b|\blost my virginity\b`],
    ['body', 'act', String.raw`\b(?:penis|vagina|dick|cock|clit\w*|genitals?|boobs|tits|breasts?|butt|ass|crotch|nipples?)\b[^.]{0,20}\b(?:pics?|photos?|grab\w*|touch\w*|kiss\w*|send|sent|showing)\b|\b(?:pics?|photos?|grab\w*|touch\w*|sent|send|showing) (?:him |her |them )?(?:a )?(?:pic |photo )?(?:of )?(?:my|his|her) (?:penis|vagina|dick|cock|genitals|boobs|tits|breasts?|butt|ass|crotch)\b|\bdick pics?\b|\bdown there\b|\bup my skirt\b|\bin my underwear\b|\bclothes off\b|\bshirt off\b|\b(?:top|bra|pants|underwear) off\b|\bkissing my neck\b`],
    ['naked-nude', 'act', String.raw`\bnaked\b|\bnudes?\b|\bnudity\b|\bskinny dipping\b`],
    ['porn', 'word', String.raw`\bporn\w*|\badult (?:websites?|sites?|videos?|content|films?)\b|\bexplicit (?:photos?|images?|pics?|videos?|chats?|messages?|content)\b|\bintimate (?:images?|photos?|videos?|pictures?)\b|\bdirty (?:videos?|pics?|photos?|texts?|messages?)\b|\bonly ?fans\b|\b(?:do|did|doing) (?:cam|stuff on cam)\b|\bon cam for\b|\bcam (?:stuff|shows?|girl|work)\b`],
    ['sex-work', 'word', String.raw`\bescort(?:s|ing|ed)?\b|\bstrip(?:per|pers|ped|ping)?\b(?: at| club)|\bprostitut\w+|\bsell(?:ing)? my body\b|\bsold my body\b|\bpaid (?:me |him |her )?(?:for|to (?:sleep|have))\b[^.]{0,10}\b(?:sex|sleep|sleeping)\b|\bhappy ending\b|\b(?:paid|money) to dance (?:on|for) (?:guys|men|him|them)\b|\blap danc\w+|\bsexual (?:services|favors|favours)\b|\btransactional sex\b|\b(?:traded|trade|trading|exchang\w+) (?:sex|sexual)\b|\bsex for\b|\blap dances?\b`],
    ['fetish', 'word', String.raw`\bfetish\w*|\bkinky\b|\b(?:my|his|her|our|a|sexual) kinks?\b|\bkinks? (?:community|scene|play|stuff|things)\b|\bbdsm\b|\berotic\w*|\bfantasies about\b`],
    ['protection', 'act', String.raw`\bcondoms?\b|\bplan b\b|\b(?:wear|wearing|use|used|using|without) protection\b|\bunprotected\b|\bstds?\b|\bstis?\b`],
    ['intimacy', 'act', String.raw`\b(?:we'?re|we are|they'?re|they are|are|were|been|being|be|get|got|getting) intimate\b|\b(?:be|been|were|being) together (?:that way|like that)\b|\b(?:videos?|pics?|pictures?|photos?) of (?:myself|herself|himself|me|her) (?:doing (?:stuff|things)|naked|touching)\b|\bcan'?t (?:even )?perform\b|\bpressur\w+ (?:me|her) (?:to|into) (?:try|trying|do|doing) (?:things|stuff|something|it)\b|\b(?:asks?|asking|asked) (?:about|what|for)\b[^.]{0,20}\bunderwear\b|\b(?:we|i|he|she) (?:use|used|using|tried|try|bought) (?:sex )?toys\b|\btouch (?:me|her|him) (?:that way|like that|sexually)\b|\bopen (?:things|it|the relationship|our relationship|our marriage) up\b|\bopen relationship\b|\b(?:physical |sexual )?intimacy\b|\b(?:problems?|issues?|trouble|things|stuff|touch\w*|boring|performance|spice (?:things|it) up)\b[^.]{0,30}\bin the bedroom\b|\bin bed\b[^.]{0,40}\b(?:further|stop|touch\w*|he kept|she kept|together)\b|\b(?:try|trying|tried|do|doing|did) (?:new )?(?:stuff|things|something) in bed\b|\b(?:want(?:s|ed)?|ask(?:s|ed)?|like(?:s|d)?|makes? me|made me)\b[^.]{0,40}\bin bed\b|\b(?:bad|good|great|terrible|boring|selfish) in bed\b|\b(?:end|ends|ended|ending) up in bed\b|\b(?:dress(?:ed|es)? up|wear|wears|wearing|put on) (?:in )?lingerie\b|\b(?:wants?|wanted|likes?) oral\b(?! (?:fixation|health|hygiene|surgery|meds|medication|care|exam))|\bnothing physical\b|\bno physical (?:intimacy|contact|relationship)\b|\b(?:do|did|doing) (?:stuff|things|it) in the back ?seat\b|\bwants? it (?:like )?(?:every|all the time|constantly|more|so much)\b|\b(?:done|did|do) it (?:since|in (?:months|weeks|years|forever)|for (?:months|weeks|years))\b|\blost it to\b|\bquickies?\b|\b(?:caught|found) (?:them|him|her) in bed\b|\bin (?:his|her) bed with\b|\bwoke up in (?:his|her|their) bed\b`],
    ['make-out', 'act', String.raw`\b(?:make|made|making) out\b(?=[^.]{0,40}\b(?:tried|shirt|bed|touch\w*|further|hand|pants|naked|more|stranger|let him|let her)\b)|\bfool(?:ed|ing)? around\b|\bmess(?:ed)? around\b(?=[^.]{0,30}\bnot (?:together|dating))|\bmessing around\b(?=[^.]{0,30}\bnot (?:together|dating))|\b(?:tried|try|trying|tries|wanted|wants|want|kept trying|push(?:ed|es|ing)?|pressur\w+(?: me)?) (?:to )?go(?:es|ing)? further\b|\bfirst time\b(?=[^.]{0,30}\b(?:in the back|with (?:him|her|a)|car|bed))|\bhad my first time\b|\b(?:do|did|doing) it (?:in the|every night|on the|in his|in her)\b|\bwe (?:do|did) it\b`],
    ['finish', 'act', String.raw`\bfinish(?:ed|es)? (?:inside|on me|in me|faster|first)\b|\bcan'?t finish when\b|\bso (?:he|she) finishes\b|\bpretend to enjoy it\b|\bfake orgasms?\b`],
    ['rough-choke', 'act', String.raw`\blikes it rough\b|\bbeing choked\b(?=[^.]{0,30}\b(?:off|feel|freak))|\bget off on being\b`],
    ['cheat-affair', 'act', String.raw`\baffair\b[^.]{0,40}\b(?:sex\w*|sleep\w*|slept|bed)\b`],
    ['sexual-violence-word', 'word', String.raw`\brap(?:e|ed|es|ist|ing)\b|\bmolest\w*|\bsexual(?:ly)? (?:assault\w*|abuse\w*|exploit\w*)\b`],
    ['sexual-violence', 'act', String.raw`\bforced (?:himself|herself) on\b|\bdid (?:stuff|things) to (?:me|her)\b|\bdo (?:stuff|things) to me\b|\btouched (?:me|her) (?:inappropriately|down there|between)\b|\binappropriate(?:ly)? touch\w*|\btook advantage of (?:me|her)\b|\b(?:wouldn'?t|didn'?t|did not|would not) stop when (?:i|she) said\b|\bwoke up (?:with|and) (?:him|he was|her|she was) (?:on top|inside)\b`],
    ['slang', 'act', String.raw`\b(?:cum|came) (?:inside|in my|on my|in her|on her)\b|\bsuck(?:ed|ing|s)? (?:him|me|her) off\b|\bsuck(?:ed|ing|s)? (?:his|my) (?:dick|cock)\b|\b(?:ate|eat|eats|eating) (?:me|her) out\b|\bbang(?:ed|ing)? (?:him|her|me)\b|\bwe banged\b|\btopless\b|\bprivate parts\b|\bprivates\b|\bsleep(?:ing|s)? around\b|\bhad (?:sexual )?relations\b|\b(?:pic|pics|picture|pictures|photo|photos) of (?:his|her|my) (?:thing|junk|privates|private parts)\b`],
    ['grab', 'act', String.raw`\bgrab(?:bing|bed|s)? my (?:butt|ass|breasts?|boobs|crotch)\b|\bhand up my\b`],
    // Frames (situations, not keywords), written from development sentences: each needs the
    // concepts of the situation together in one sentence, and not the other sense.
    // "My bf and I did stuff last night for the first time": an act left unnamed between partners.
    ['did-it-frame', 'act', String.raw`\b(?:did|do|does|done|doing|tried|try) (?:stuff|things|it|something|more)\b`, String.raw`\b(?:(?:bf|gf|boyfriend|girlfriend|husband|wife|partner|fianc\w*|hookup|crush|ex|he|she) and (?:i|me)|with (?:him|her|my (?:bf|gf|boyfriend|girlfriend|husband|wife|partner|ex|crush))|(?:we|they) (?:only |finally |already |never |just |still |haven'?t |have )?(?:did|do|done|tried|try) (?:it|stuff|things))\b`, String.raw`\b(?:first time|in (?:bed|the car|the back|his room|her room|my room|his dorm|her dorm)|condom|protection|saturdays?|every (?:night|week)|since (?:the|we|then|last)|regret|virgin\w*|naked|on top|all the way|chore|schedule|pregnan\w*|period)\b`, String.raw`!\b(?:homework|project|chores|dishes|laundry|shopping|test|exam|won|race|game|puzzle|marathon|presentation)\b`],
    ['spicy-pics', 'act', String.raw`\b(?:spicy|sexy|naughty|dirty|nsfw|risqu[eé]|racy|private) (?:pics?|pictures?|photos?|videos?|selfies?|snaps?|texts?|messages?|content)\b`],
    ['adult-content', 'word', String.raw`\badult\b`, String.raw`\b(?:sites?|websites?|videos?|channels?|movies?|films?|content|entertainment|industry|online|subscriptions?|ones|magazines?|mags|dvds?|stores?|shops?|toys)\b`, String.raw`!\b(?:adult (?:education|ed|school|learning|children|kids|son|daughter|day|protective|services|care|literacy|coloring|colouring|swim|team|league|adhd|ticket|price|size|dose)|young adults?|as an adult|adult life|adulting|the adults?\b(?! (?:sites?|videos?|ones)))\b`],
    ['consensual-activity', 'act', String.raw`\bconsensual (?:sexual |physical )?(?:activity|encounters?|contact|relations|intercourse|acts?)\b`],
    ['touch-each-other', 'act', String.raw`\btouch(?:ed|ing|es)? (?:each other|one another)\b`, String.raw`\b(?:married|husband|wife|partner|anymore|like before|since|in bed|years|we)\b`, String.raw`!\b(?:kids|children|boys|girls|siblings|brothers|sisters|students|in the car|fighting|gloves|covid)\b`],
    ['carried-away', 'act', String.raw`\b(?:got|get|gets|getting) carried away\b`, String.raw`\b(?:car|bed|didn'?t use|without|protection|condom|couch|night|together|kissing|his place|her place|anything)\b`, String.raw`!\b(?:shopping|spending|eating|drinking|cake|party planning|decorat\w+)\b`],
    ['close-in-bed', 'act', String.raw`\b(?:get|gets|got|getting) (?:close|intimate|frisky|handsy)\b`, String.raw`\b(?:in bed|at night|touch\w*|panic\w*|pull away|flinch\w*|freeze|froze|kiss\w*)\b`, String.raw`!\b(?:friends|coworkers|team|family|sister|brother|trip)\b`],
    ['sells-self', 'act', String.raw`\b(?:sell|sells|selling|sold|post|posts|posting|make|making|film|filming) (?:\w+ )?(?:videos?|pics?|pictures?|photos?|clips?|content) of (?:myself|herself|himself|me|her)\b`, String.raw`!\b(?:art|paintings?|food|cooking|crafts?|baking|dogs?|cats?|travel|workouts?|dancing|singing|makeup|gaming|family)\b`],
    ['night-together', 'act', String.raw`\b(?:spent|spend|spending) the night (?:together|with (?:him|a (?:guy|girl|stranger|man|woman)|some (?:guy|girl)))\b|\bone thing led to another\b|\b(?:things|stuff) happened\b(?=[^.]{0,40}\b(?:night|bed|together|his place|her place|drunk)\b)|\b(?:night|bed|together|his place|her place|drunk)\b[^.]{0,40}\b(?:things|stuff) happened\b`, String.raw`!\b(?:hospital|er|sick|power went out|storm|airport|grandma|grandpa|sleepover)\b`],
    ['cannot-perform', 'act', String.raw`\b(?:couldn'?t|can'?t|cannot|could not|wasn'?t able to|unable to|doesn'?t|not able to) (?:even )?(?:perform|get hard|stay hard|keep it up|get it up)\b(?! (?:at|on|in|well at|the|my|his|her|surgery|on stage|tonight))`, String.raw`!\b(?:recital|concert|show|stage|play|song|piece|band|game|job|work|surgery|test|exam)\b`],
    ['finished-early', 'act', String.raw`\bfinish(?:ed|es|ing)? (?:before|too (?:fast|soon|quick(?:ly)?)|early|in (?:like )?(?:two|a couple of|\d+) (?:minutes|seconds))\b`, String.raw`\b(?:he|she|him|her|we|bf|gf|started|even|embarrass\w*)\b`, String.raw`!\b(?:race|test|exam|homework|project|essay|game|marathon|work|shift|meal|food|dinner|book|assignment|puzzle|show|season|job)\b`],
    ['many-partners', 'act', String.raw`\bbeen with (?:so many|a lot of|lots of|many|multiple|several|other|different|\d+|dozens of|hundreds of) (?:people|guys|girls|men|women|partners|dudes)\b|\b(?:was|were|slept) with (?:so many|a lot of|lots of|many|multiple|several|\d+|dozens of|hundreds of) (?:guys|girls|men|women|partners|dudes)\b|\b(?:multiple|a lot of|lots of|so many|many|several|anonymous|casual) (?:sexual )?partners\b`, String.raw`!\b(?:firm|business|company|practice|law|dance|lab|project|trading|sleepover|party|class|team)\b`],
    ['caught-infection', 'act', String.raw`\b(?:caught|got|gave (?:me|him|her)) (?:something|an? (?:std|sti|infection)) (?:from|off) (?:him|her|them|someone|a guy|a girl)\b`, String.raw`\b(?:been with|sleep\w*|slept|partners|people|std|sti|tested|condom|protection|guys|girls)\b`],
    ['sti-names', 'word', String.raw`\b(?:chlamydia|gonorrh\w+|syphilis|genital (?:herpes|warts)|trichomon\w+)\b`],
    ['wait-marriage', 'act', String.raw`\bwait(?:ing)? (?:until|till|til) (?:marriage|we'?re married|we get married|i'?m married)\b`],
    ['bring-another', 'act', String.raw`\b(?:bring|brought|invite|invited|add|adding) (?:another|a third|a) (?:guy|girl|man|woman|person)\b[^.]{0,20}\b(?:into|in) (?:bed|our bed|the bedroom)\b|\binto bed with (?:us|me|him|her)\b`, String.raw`!\b(?:little|kids?|child|children|baby|daughter|son|toddler|nightmares?|dog|cat|puppy|sick)\b`],
    ['messed-around-place', 'act', String.raw`\b(?:mess|fool)(?:ed|ing)? around\b`, String.raw`\b(?:dorm|room|bed|car|basement|his place|her place|couch|sleepover|party|back seat|backseat)\b`, String.raw`!\b(?:legos?|video games?|the (?:car|engine|bike|guitar|code|piano)|with (?:my|his|her) (?:car|bike|guitar|phone|code)|games?)\b`],
    ['fantasize-frame', 'act', String.raw`\bfantasi[sz]\w*\b`, String.raw`\b(?:when i'?m with|while (?:we|i)|during|in bed|my (?:wife|husband|partner|girlfriend|boyfriend)|someone else|sex\w*|coworker)\b`, String.raw`!\b(?:quit\w*|vacation|job offer|moving|revenge|winning|lottery|running away|retire\w*)\b`],
    ['expects-something', 'act', String.raw`\bexpect(?:s|ed|ing)? (?:something|stuff|things|it|sex|more)\b`, String.raw`\b(?:at night|in bed|in return|from me|trip together|hotel|room together|his place|her place)\b`],
    // Written from development batch 9.
    ['unclothed-pics', 'act', String.raw`\b(?:pictures?|pics?|photos?|videos?|selfies?|snaps?)\b[^.]{0,30}\b(?:without (?:clothes|my clothes|any clothes|a shirt|my shirt|anything on|a top|my top)|with nothing on|in (?:my|her|just my|just her) (?:underwear|bra|lingerie))\b`],
    ['role-play-bedroom', 'act', String.raw`\brole ?play\w*\b`, String.raw`\b(?:bedroom|in bed|sex\w*|kink\w*|dress(?:es|ed)? up|costume)\b`],
    ['faked-it', 'act', String.raw`\bfak(?:ed|e|es|ing) it\b`, String.raw`\b(?:together|with (?:him|her)|in bed|every time|the whole time|orgasm)\b`, String.raw`!\b(?:till you make it|until you make it|interview|exam|test|job)\b`],
    ['untouched', 'act', String.raw`\bsince (?:i'?ve been|i was|anyone|anybody|someone|he|she|a (?:man|woman)) (?:has |had |last )?touched\b|\bbeen touched by (?:anyone|anybody|someone|a (?:man|woman))\b`],
    ['toys-tried', 'act', String.raw`\b(?:tried|try|trying|started|start) (?:using |out )?(?:sex )?toys\b`, String.raw`!\b(?:kids|dog|baby|lego|puppy|cat|toddler)\b`],
    ['make-out-further', 'act', String.raw`\b(?:make|made|making|makes) out\b`, String.raw`\b(?:anything (?:else|more)|further|stops? (?:it|me|us)|all the way|more than that|bed|naked|touch\w*)\b`],
    ['taking-off-tips', 'act', String.raw`\b(?:tak(?:e|ing|es)|took) (?:things|clothes|it all|everything|stuff) off\b`, String.raw`\b(?:club|danc\w*|tip\w*|money|guys|stage|pay\w*|cash)\b`],
    // Written from development batch 10.
    ['more-than-kissing', 'act', String.raw`\b(?:did|do|went|go|going|gone) (?:a lot |way |much |a little )?(?:more|further) than (?:just )?(?:kiss\w*|making out|make out|cuddl\w*|hold(?:ing)? hands)\b`],
    ['went-home-with', 'act', String.raw`\bwent (?:back )?home (?:together|with (?:him|her|a (?:guy|girl|stranger|man|woman)|some (?:guy|girl)|this (?:guy|girl)))\b|\b(?:go|went|going) (?:back )?to (?:his|her) place\b`, String.raw`\b(?:bar|club|party|drunk|night|yeah|hook\w*|date|tinder|app|regret|shouldn'?t have)\b`, String.raw`!\b(?:practice|school|same street|neighbou?rs?|carpool|bus)\b`],
    ['passion-gone', 'act', String.raw`\bno (?:more )?passion\b|\bpassion\b[^.]{0,20}\b(?:gone|died|faded|anymore)\b`, String.raw`\b(?:bed|wife|husband|partner|marriage|between us|we|headache)\b`, String.raw`!\b(?:job|work|career|music|art|school|hobby|team)\b`],
    ['wants-body', 'act', String.raw`\b(?:all|the only thing) (?:he|she|they) (?:wants?|cares? about|likes?) (?:from me )?is (?:my|her) body\b|\b(?:wants?|uses?|used) (?:me|her) (?:just |only )?for (?:my|her) body\b|\bonly wants? (?:me|her) for (?:sex|my body|one thing)\b|\bobsessed with my body\b`],
    ['morning-after', 'act', String.raw`\bmorning[- ]after pill?s?\b|\bemergency contraception\b`],
    ['record-us', 'act', String.raw`\brecord(?:s|ed|ing)? us\b|\bfilm(?:s|ed|ing)? us\b`, String.raw`\b(?:girlfriend|boyfriend|partner|wife|husband|in bed|while we|during|gf|bf)\b`, String.raw`!\b(?:sing\w*|songs?|podcast|video for|tiktok|danc\w*|band|practice|vlog|cooking|wedding)\b`],
    // Written from development batch 11.
    ['take-further', 'act', String.raw`\b(?:take|taking|took|takes) (?:things|it) further\b`, String.raw`!\b(?:business|career|company|project|legal\w*|lawsuit|court|complaint|hr)\b`],
    ['not-touched-in', 'act', String.raw`\b(?:haven'?t|hasn'?t|have not|not|don'?t|didn'?t) (?:even )?touched (?:each other )?(?:in|for) (?:months|years|weeks|a (?:year|while|long time))\b`],
    ['physically-with', 'act', String.raw`\bbe with (?:me|him|her|them) (?:physically|sexually|that way|in that way|like that)\b`],
    ['caught-in-car', 'act', String.raw`\bgot caught (?:in (?:my|his|her|the) car|in the act|having sex|in bed)\b`, String.raw`\b(?:girlfriend|boyfriend|gf|bf|by a cop|by (?:her|his|my) (?:parents|mom|dad)|together|naked)\b`],
    // Written from development batch 14 (topics round 5): consent withdrawn or impossible,
    // contraception and a late period, euphemisms ("relations", "between the sheets", "the act",
    // "that kind of video"), infidelity, and a painful first time.
    ['consent-withdrawn', 'act', String.raw`\bsaid yes\b[^.]{0,40}\b(?:wanted to stop|changed my mind|said no|told (?:him|her) to stop|asked (?:him|her) to stop)\b|\b(?:wanted|asked|begged|told (?:him|her)) (?:him |her )?to stop\b[^.]{0,20}\b(?:he|she) (?:didn'?t|wouldn'?t|kept going|just kept)\b`],
    ['too-drunk-to-consent', 'act', String.raw`\btoo (?:drunk|high|wasted|out of it|intoxicated|asleep|out of it) to (?:really )?(?:agree|consent|say no|say yes|stop (?:him|her|it)|know what (?:was|is) happening)\b`],
    ['on-the-pill', 'act', String.raw`\b(?:go|going|get|getting|went|start|started|starting|stop|stopped|be|been|am|i'?m|was|she'?s|she is) on the pill\b`, String.raw`!\b(?:thyroid|blood pressure|vitamin|diet|cholesterol|allerg\w*)\b`],
    ['skipped-protection', 'act', String.raw`\b(?:skip|skipped|skipping|forgot|forget|forgot to use|didn'?t use|not using|without any) (?:any |the )?protection\b`],
    ['late-period', 'act', String.raw`\b(?:period is|i'?m|i am|she'?s|she is|we'?re) (?:\w+ (?:days?|weeks?) )?late\b`, String.raw`\b(?:protection|anything|condoms?|pregnan\w*|test|pill|period)\b`, String.raw`!\b(?:work|school|class|bus|train|rent|bill|payment|shift|meeting|appointment|homework|essay)\b`],
    ['relations', 'act', String.raw`\b(?:having|have|had|has|still have|still having|stopped having|to have) (?:sexual |marital |intimate )?relations\b(?! (?:with (?:china|russia|the (?:press|public|media|union)|other countries|\w+ countries)|department))`],
    ['between-the-sheets', 'act', String.raw`\bbetween the sheets\b|\b(?:do|doing|did|does|wanting to do|want to do|wants to do) the (?:act|deed)\b`],
    ['massage-extras', 'act', String.raw`\bmassage parlou?rs?\b[^.]{0,40}\b(?:extras?|happy endings?|special services?)\b|\bhappy endings?\b(?=[^.]{0,30}\bmassage)`],
    ['all-over-each-other', 'act', String.raw`\ball over each other\b`, String.raw`!\b(?:kids|puppies|dogs|cats|fight\w*|players|team|reporters|photographers|fans)\b`],
    ['take-it-all-the-way', 'act', String.raw`\b(?:take|takes|taking|took) it all the way\b`, String.raw`\b(?:date|kiss\w*|bed|first time|ready|slow down|night|boyfriend|girlfriend|bf|gf)\b`, String.raw`!\b(?:finals?|championship|court|top|state|playoffs?|tournament)\b`],
    ['that-kind-of-video', 'act', String.raw`\b(?:that|those) (?:kind|sort|type) of (?:videos?|movies?|films?|sites?|websites?|content|pictures?|magazines?)\b`, String.raw`\b(?:caught|laptop|phone|again|secret\w*|hides?|hid|browser|history)\b`, String.raw`!\b(?:horror|cooking|cat|dog|workout|scary|action|funny)\b`],
    ['cheating-on-partner', 'act', String.raw`\bcheat(?:ing|ed|s)? on (?:my|his|her|their|your) (?:wife|husband|girlfriend|boyfriend|partner|fianc[eé]e?|gf|bf|spouse)(?![a-z])`],
    ['open-relationship', 'act', String.raw`\bopen(?:ing)? (?:up )?(?:our|the|my|their) (?:relationship|marriage)\b`],
    ['thirst-trap', 'act', String.raw`\bthirst ?traps?\b`],
    ['painful-first-time', 'act', String.raw`\bfirst time\b`, String.raw`\b(?:with (?:my|her|his) (?:boyfriend|girlfriend|husband|wife|partner)|we (?:did|tried) it)\b`, String.raw`\b(?:hurt\w*|pain\w*|bled|bleeding|blood)\b`, String.raw`!\b(?:wall|climb\w*|bike|ski\w*|skat\w*|run\w*|gym|yoga|hik\w*|surf\w*|rid(?:e|ing)|horse|tattoo|piercing|shots?|vaccine|injection|braces)\b`],
    ['hand-pushed-away', 'act', String.raw`\b(?:push|pushed|pushing|pushes|moved|moving|moves|pulled|pulling|pulls|kept pushing|swatted) (?:my|his|her) hands? away\b`, String.raw`!\b(?:baby|toddler|spoon|feed\w*|bottle|dog|cat|puppy|bandage|wound|help\w*)\b`],
    ['bedroom-dead', 'act', String.raw`\bnothing (?:is |has been |'s been )?(?:happening|going on) in the bedroom\b|\b(?:our|the) bedroom (?:has been|has become|becomes|is|was|'s been|became|turned into) (?:a |like a )?(?:dead|dead zone|desert|cold|ice ?box|off limits|no-go zone|chore|job|duty|schedule|obligation|routine|battleground)\b`],
    ['wet-dream', 'act', String.raw`\bwet dreams?\b|\bsex dreams?\b`],
    // Topics round 7 (development batch 17): older adults' words ("lay with", "marital rights",
    // "the duty of a wife"), teens' slang ("a rubber", "body count", "smashed a girl", "not a
    // virgin", "parents were gone"), euphemism (caught from him, paid for company, different
    // drives, a dry spell, gone to bed with, never do it anymore, haven't been close), and the
    // bedroom turned into a chore.
    ['lay-with', 'act', String.raw`\b(?:only|ever|never|first) (?:\w+ )?(?:lay|lain|laid) with\b|\b(?:woman|man|one|person|girl|boy) (?:i|he|she) (?:ever |never |have ever )?(?:lay|lain|laid) with\b|\b(?:lay|lain|laid|lie|lying) with (?:a|another|any) (?:woman|man|girl|boy)\b`],
    ['marital-duty', 'act', String.raw`\b(?:marital|conjugal|wifely|husbandly) (?:rights|duties|duty|relations|obligations|bed)\b|\bduty of (?:the|a) wife\b|\bgive (?:him |her )?(?:the|my|her|his) body\b`],
    ['rubber', 'act', String.raw`\b(?:wore|wear|wearing|use|used|using|put on|without|no|forgot|forget) (?:a |the |any )?rubbers?\b(?! ?(?:gloves?|boots?|bands?|soles?|mats?|ducks?|balls?|tubing|stamp|plant|tree|chicken|bullets?|sheets?|pants|shoes|cement|mallet|spatula|tips?))`],
    ['body-count', 'act', String.raw`\bbody count\b`, String.raw`!\b(?:movie|film|game|war|shooter|show|series|killer|zombie|horror|battle|season)\b`],
    ['smashed-person', 'act', String.raw`\b(?:smash|smashed|smashing|tapped) (?:a|that|this|some) (?:girl|guy|chick|dude|boy|shawty)\b`],
    ['virginity', 'act', String.raw`\b(?:not|no longer) a virgin\b|\blos(?:t|e|ing) (?:my|his|her|our|their) virginity\b|\blos(?:ing|e) it\b(?=[^.]{0,40}\b(?:hurt\w*|virgin\w*|first time|girls|boys|prom|ready)\b)`],
    ['parents-away', 'act', String.raw`\b(?:parents|mom|dad|folks) (?:were|are|'re|will be|was|is) (?:gone|away|out of town|not home)\b`, String.raw`\b(?:come over|came over|his place|her place|know what that means|you know what|stay over)\b`],
    ['caught-from', 'act', String.raw`\b(?:might|may|could) have (?:caught|picked up|gotten|got) (?:something |anything )?(?:from|off) (?:him|her|them|my \w+|that \w+)\b`],
    ['paid-company', 'act', String.raw`\bpa(?:id|y|ying) for (?:female |male |some )?(?:company|companionship)\b(?! (?:car|lunch|dinner|phone|insurance|shares|stock|events?|trips?|retreat|parties|party|training))`],
    ['different-drives', 'act', String.raw`\b(?:different|mismatched|opposite) (?:sex |sexual )?(?:drives|libidos|appetites)\b`, String.raw`\b(?:girlfriend|boyfriend|wife|husband|partner|we|marriage|bed)\b`],
    ['dry-spell', 'act', String.raw`\bdry spell\b`, String.raw`\b(?:marriage|marital|wife|husband|partner|bedroom|sex\w*|boyfriend|girlfriend|in bed|cuddle|touch\w*)\b`],
    ['to-bed-with', 'act', String.raw`\b(?:went|go|going|goes|gone) to bed with (?!(?:a |the |my |his |her )?(?:headache|fever|flu|cold|migraine|book|cup|tea|phone|laptop|stomach|sore|temperature|hot water|heating pad|teddy|dog|cat))\w+`],
    ['not-anymore', 'act', String.raw`\b(?:never|barely|hardly|rarely|don'?t|do not|haven'?t|stopped) (?:ever )?(?:do|did|done|doing) it (?:anymore|any more|these days|since|in (?:months|years|weeks))\b`, String.raw`\b(?:me and my|my (?:husband|wife|partner|boyfriend|girlfriend)|we)\b`],
    ['not-been-close', 'act', String.raw`\bwe (?:haven'?t|havent|have not|'ve not) been (?:close|together|intimate) (?:in|for|since)\b`],
    // Topics round 8 (development batch 18): what was done told without its words.
    ['made-do-things', 'act', String.raw`\b(?:made|make|makes|making|forced|forces|forcing|force|had) (?:me|her|him) (?:to )?do (?:things|stuff|something|sexual \w+)\b`, String.raw`!\b(?:homework|chores?|essays?|dishes|laps|push-?ups|sit-?ups|redo|clean\w*|extra|practice|drills?|paperwork|math|exercises?|overtime|shifts?|errands)\b`],
    ['touched-where', 'act', String.raw`\btouch(?:ed|es|ing)? (?:me|her|him|you|my \w+) (?:where|down there|in a way|like that|in (?:my|her|his|the|a) (?:private|privates|wrong \w+)|between)\b`, String.raw`!\bwhere it hurts\b|\b(?:pride|heart|nerve|soul|feelings)\b`],
    ['took-what-wanted', 'act', String.raw`\b(?:take|took|takes|taking|do|did|does|doing|done) what(?:ever)? (?:he|she|they) (?:wanted|wants|want|liked|pleased) (?:with|from|to) (?:me|her|him|us)\b`],
    ['hands-wandered', 'act', String.raw`\b(?:hands?|fingers) (?:\w+ ){0,3}(?:wander\w*|go places|went places|going places|roam\w*)\b|\bwent places (?:he|she|they) (?:had no business|shouldn'?t|wasn'?t supposed)\b`],
    ['sex-for-money', 'act', String.raw`\b(?:be|sleep|go|slept|went|been|was|were) with (?:men|women|guys|strangers|clients)\b[^.]{0,20}\bfor (?:money|cash|rent|drugs|a place)\b|\bnice (?:with|to) (?:him|her|them)\b[^.]{0,30}\b(?:hotel|motel|his room|her room|his car)\b|\bpa(?:y|ying|id|ys) for it\b[^.]{0,30}\bwith (?:women|men|girls|escorts)\b`],
    ['if-you-loved-me', 'act', String.raw`\bif (?:i|you|u) (?:really )?lov(?:ed|e) (?:him|her|me) (?:i'?d|id|you'?d|youd|u'?d|ud|you would|i would|u would) (?:do it|sleep with|have sex|send|go all)\b`],
  ]),
  // Clinical shorthand whose capitals are its meaning: men who have sex with men, HIV
  // pre-exposure prophylaxis, herpes in a partner's or a transmission's context.
  cased: [
    { id: 'sexual-health-acronym', kind: 'act', re: /\b(?:MSM|PrEP)\b|\bHSV(?:-?[12])?\b(?=[^.]{0,40}\b(?:partner|transmission|transmit|genital|outbreak|sex))/ },
  ],
  vetoes: rules([
    // Topics round 8: a scene on a screen or in a book, not the speaker's life.
    ['screen-scene', 'word', String.raw`\b(?:rape|sex|sexual|love|nude|shower) scenes?\b|\b(?:in|on) (?:a|the|that|this) (?:movie|film|tv show|show|series|episode)\b`],
    ['identity-only', 'word', String.raw`\b(?:gay|lesbian|bi|bisexual|pan|queer|trans|asexual|straight|orientation|pride|coming out|came out)\b`],
    ['training-news', 'word', String.raw`\b(?:training|awareness|workshop|seminar|course|news|article|documentary|podcast|works? (?:as|at|for)|employed as|occupation)\b`],
  ]),
  // Concept frames (WordNet round, written from development batch 10; classes in concepts.ts).
  concepts: frames([
    // Explicit vocabulary and its WordNet synonyms and kinds ("fornication", "onanism", "erotica").
    ['explicit-word', 'word', ['SEXACT']],
    // A hint ("physical", "steamy", "an affair") beside a partner, a bed, a picture or a night.
    ['hint-in-context', 'word', ['SEXHINT'], String.raw`\b(?:bed|bedroom|partner|boyfriend|girlfriend|bf|gf|wife|husband|ex|pics?|pictures?|photos?|video call|facetime|cam|night|club|couch|car|hookup|date|weeks?|extramarital|with (?:him|her|them|a guy|a girl|a man|a woman|someone))\b`, String.raw`\b(?:drunk|drinking|angry|mad|fight|fights|argument|hit|hits|punch|hurt|therapy|physical therapy|physical exam|physical activity|exercise|gym|game|sport|coach|doctor|pain|injury|fantasy (?:football|league|novel|book|game)|rough (?:day|week|night|time|patch)|intake|meds?|medications?|po|exam|hygiene|thrush|mucosa|cavity|contraceptive\w*|antibiotics?|steroids?|dose|tablets?|route|surgery|dental|aroused (?:to|from|by) (?:voice|sound|touch|pain|stimul\w*)|kink(?:ed|s)? (?:in|line|cord|tube|hose|neck)|intimate (?:friends?|details?|knowledge|setting|dinner|wedding|partner|images?|photos?|pictures?)|affair of|violen\w*|abus\w*|threat\w*|journal|diary|wrong (?:way|pipe)|heimlich)\b`],
    // Undressing for a camera or a call.
    ['undress-on-camera', 'word', ['UNDRESS'], String.raw`\b(?:pics?|pictures?|photos?|videos?|selfies?|snap\w*|cam|call|facetime|send|sent|film\w*)\b`],
    // Further situations from development batch 10.
    ['bed-experiments', 'word', ['AGENT'], String.raw`\btry (?:new |different |weird )?things in (?:the )?bed\b`, '', ['bed']],
    ['paid-for-sex', 'word', ['RESOURCE'], String.raw`\bwith (?:a|an|some) (?:woman|man|girl|guy|lady|prostitute|worker) for money\b|\bpaid (?:a|for a) (?:woman|man|girl|guy|lady) (?:to|for)\b`, '', ['money', 'paid']],
  ]),
};
