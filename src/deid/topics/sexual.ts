// Explicit sexual content (R36): sexual acts, bodies in a sexual context, sexual function, sex
// work, sexting and pornography. Sex as a demographic field, sexual orientation or gender as
// identity, dating and affection without sex are not the topic.
import { masks, rules, type TopicRules } from './rules.ts';

export const sexual: TopicRules = {
  anchors: {
    any: [
      'sex', 'intercourse', 'coit', 'oral$', 'blow', 'finger', 'anal$', 'penetrat', 'handjob', 'threesome', 'booty',
      'spank', 'rides$', 'positions', 'hook', 'grindr', 'tinder', 'orgasm', 'climax', 'masturbat', 'jerk', 'erecti',
      'impoten', 'ejacul', 'horny', 'arous', 'libido', 'vaginismus', 'dyspareunia', 'anorgasm', 'hypersex', 'virgin', 'penis', 'vagin',
      'dick', 'cock', 'clit', 'genital', 'boobs', 'tits', 'breast', 'butt$', 'ass$', 'crotch', 'nipple', 'skirt', 'underwear', 'naked',
      'nude', 'nudity', 'skinny', 'porn', 'adult', 'explicit', 'intima', 'dirty', 'onlyfans', 'cam$', 'escort', 'strip', 'prostitut',
      'sell', 'sold$', 'paid$', 'transactional', 'trad', 'exchang', 'favou?rs', 'lap$', 'fetish', 'kink', 'bdsm', 'erotic', 'fantasies',
      'condom', 'unprotected', 'protection', 'std', 'sti$', 'stis$', 'bedroom', 'finish', 'pretend', 'fake$', 'rough', 'choked',
 'affair', 'grab', 'junk$', 'quickie', 'backseat', 'lap$', 'rape', 'raped', 'rapes', 'rapist', 'raping', 'molest', 'inappropriat', 'cum$', 'suck',
      'bang', 'topless', 'privates', 
    ],
    pairs: [
      "we're intimate", 'were intimate', 'are intimate', 'getting intimate', 'that way', 'like that', 'of myself', 'of herself', 'of himself', "can't perform", 'cant perform', 'even perform',
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
      'woke up', 'said no', 'said stop', 'i said', 'she said', 'stuff in', 'things in', 'something in',
    ],
  },
  masks: masks([
    // Demographic fields and identity, education and health care about sex, not sexual content.
    String.raw`\bsex ?[:=] ?\w+|\bsex (?:assigned|at birth|marker|ed\b|education|educat\w+|therapist|pistols|offender registry)\b|\bsex(?:ual)? health(?: clinic)?\b`,
    String.raw`\bsexual(?:ity)? (?:orientation|identity|minorit\w+|and gender)\b|\bmy sexuality\b|\bsexuality isn'?t\b`,
    String.raw`\b(?:nude|naked) (?:lipstick|eye|truth|color|colour|heels|palette)\b|\b(?:feel|felt|so) naked without\b|\b(?:cat|dog|puppy|kitten) (?:is )?so naked\b|\b(?:sleep|go to bed|sleeping) naked when\b`,
    String.raw`\bslept (?:with (?:the lights|my (?:headphones|phone|dog|cat|teddy|blanket)|a night ?light)|at (?:my|a) friend'?s)\b|\bsleep with (?:my (?:headphones|phone|dog|cat)|the (?:lights|tv|fan|door))\b`,
    // Sharing a bed or couch with nothing sexual said to have happened.
    String.raw`\b(?:slept|sleep|sleeping) together\b(?=[^.]{0,60}\b(?:nothing happened|just friends|platonic)\b)`,
    String.raw`\bsex of (?:the|a|our|my|her) (?:baby|child|fetus|kitten|puppy)\b`,
    String.raw`\bcondom cath\w*|\b(?:arousable|arousal from sleep|aroused (?:to|by|from) (?:voice|sleep|touch|pain|sternal|verbal|stimul\w*))\b`,
    String.raw`\btouching base\b|\btouch(?:ed|ing)? (?:base|up|on the subject|the (?:cold )?glass|grass)\b|\b(?:hands|fingers) were touching\b`,
    String.raw`\bstripper of (?:old )?\w+|\bstrip(?:ping|ped)? (?:the|old)? ?(?:furniture|paint|dressers?|wallpaper)\b`,
    String.raw`\b(?:hot|sexy) (?:mess|playlist|song|car|take)\b|\bso sexy i love it\b`,
    String.raw`\bintima(?:te|cy) (?:emotionally|with (?:my )?friends|even with friends)\b|\bemotional(?:ly)? intima\w+\b`,
    String.raw`\bhard (?:time|work|day|part|to|on|enough|for|worker|drive)\b|\bwork(?:ing|ed)? hard\b|\btry(?:ing)? hard\b`,
    String.raw`\b(?:finish(?:ed|ing)?) (?:the|my|his|her|school|work|homework|college|dinner|eating|line)\b|\bfinish line\b`,
    String.raw`\bcam(?:era|p|ping|pus)\b`,
  ]),
  rules: rules([
    ['sex-word', 'word', String.raw`\bsex(?:ual|ually|y|ting|ted|t|ts|es)?\b|\bintercourse\b|\bcoit\w+|\boral (?:sex|on (?:me|him|her))\b|\b(?:performed|perform|performing|gave|give|giving|do|did|doing|receive|received|got) oral\b`],
    ['acts', 'act', String.raw`\b(?:blow ?jobs?|gave (?:me|him|her) head|(?:went|go|going|goes) down on (?:me|him|her|each other)|finger(?:ed|ing)? me|penetrat\w+|hand ?jobs?|anal (?:sex|play|intercourse)|(?:do|doing|try|trying|for|wants?|had) anal|made love|making love|make love|went all the way|go all the way|one[- ]night stand|threesome|friends with benefits|booty call|swing(?:ing)? with (?:another|other) (?:couples?|people)|swingers?|tie me up|tied me up|spank\w*|rides me|on top|positions from|69)\b`],
    ['hookup', 'act', String.raw`\bhook(?:ed|ing)? ?up\b(?! to\b)(?! (?:the|a|my|his|her)(?: \w+)? (?:tv|printer|speakers?|computer|laptop|phone|console|cable|wifi|router))|\bhookups?\b|\bgrindr\b|\bhookup apps?\b`],
    ['slept-with', 'act', String.raw`\b(?:slept|sleep|sleeping|sleeps) (?:together|with (?:him|her|them|me|my (?:ex|boss|coworker|friend|best friend|roommate)|a (?:man|woman|guy|girl|stranger|married)|someone|strangers|other people|another|his|her))\b|\bsleep with (?:me|him|her) for\b`],
    ['orgasm-function', 'word', String.raw`\borgasm\w*|\bclimax(?:ed|es|ing)?\b|\bmasturbat\w+|\bjerk(?:ing|ed)? off\b|\btouch(?:ing)? myself\b|\berecti(?:on|ons|le)\b|\bimpoten\w+|\bejaculat\w+|\bpremature ejac\w*|\bkeep it up\b|\bget it up\b|\bget (?:hard|wet)\b|\bget off on\b|\bturn(?:ed|s)? (?:me )?on\b|\bhorny\b|\b(?:get|gets|got|getting|feel|felt|was|am|be|being) aroused\b|\b(?:sexual|physical|genital) arousal\b|\barousal (?:problems?|issues?|difficult\w*|disorder)\b|\bcan'?t get aroused\b|\blibido\b|\bvaginismus\b|\bdyspareunia\b|\banorgasmi\w+|\bhypersexual\w*|\bvaginal dryness\b|\bvirginity\b|\blost my virginity\b`],
    ['body', 'act', String.raw`\b(?:penis|vagina|dick|cock|clit\w*|genitals?|boobs|tits|breasts?|butt|ass|crotch|nipples?)\b[^.]{0,20}\b(?:pics?|photos?|grab\w*|touch\w*|kiss\w*|send|sent|showing)\b|\b(?:pics?|photos?|grab\w*|touch\w*|sent|send|showing) (?:him |her |them )?(?:a )?(?:pic |photo )?(?:of )?(?:my|his|her) (?:penis|vagina|dick|cock|genitals|boobs|tits|breasts?|butt|ass|crotch)\b|\bdick pics?\b|\bdown there\b|\bup my skirt\b|\bin my underwear\b|\bclothes off\b|\bshirt off\b|\bkissing my neck\b`],
    ['naked-nude', 'act', String.raw`\bnaked\b|\bnudes?\b|\bnudity\b|\bskinny dipping\b`],
    ['porn', 'word', String.raw`\bporn\w*|\badult (?:websites?|sites?|videos?|content|films?)\b|\bexplicit (?:photos?|images?|pics?|videos?|chats?|messages?|content)\b|\bintimate (?:images?|photos?|videos?|pictures?)\b|\bdirty (?:videos?|pics?|photos?|texts?|messages?)\b|\bonly ?fans\b|\b(?:do|did|doing) (?:cam|stuff on cam)\b|\bon cam for\b|\bcam (?:stuff|shows?|girl|work)\b`],
    ['sex-work', 'word', String.raw`\bescort(?:ing|ed)?\b|\bstrip(?:per|pers|ped|ping)?\b(?: at| club)|\bprostitut\w+|\bsell(?:ing)? my body\b|\bsold my body\b|\bpaid (?:me |him |her )?(?:for|to (?:sleep|have))\b[^.]{0,10}\b(?:sex|sleep|sleeping)\b|\bhappy ending\b|\b(?:paid|money) to dance (?:on|for) (?:guys|men|him|them)\b|\blap danc\w+|\bsexual (?:services|favors|favours)\b|\btransactional sex\b|\b(?:traded|trade|trading|exchang\w+) (?:sex|sexual)\b|\bsex for\b|\blap dances?\b`],
    ['fetish', 'word', String.raw`\bfetish\w*|\bkinky\b|\b(?:my|his|her|our|a|sexual) kinks?\b|\bkinks? (?:community|scene|play|stuff|things)\b|\bbdsm\b|\berotic\w*|\bfantasies about\b`],
    ['protection', 'act', String.raw`\bcondoms?\b|\bplan b\b|\b(?:wear|use|used|without) protection\b|\bunprotected\b|\bstds?\b|\bstis?\b`],
    ['intimacy', 'act', String.raw`\b(?:we'?re|we are|they'?re|they are|are|were|been|being|be|get|got|getting) intimate\b|\b(?:be|been|were|being) together (?:that way|like that)\b|\b(?:videos?|pics?|pictures?|photos?) of (?:myself|herself|himself|me|her) (?:doing (?:stuff|things)|naked|touching)\b|\bcan'?t (?:even )?perform\b|\b(?:physical |sexual )?intimacy\b|\b(?:problems?|issues?|trouble|things|stuff|touch\w*|boring|performance|spice (?:things|it) up)\b[^.]{0,30}\bin the bedroom\b|\bin bed\b[^.]{0,40}\b(?:further|stop|touch\w*|he kept|she kept|together)\b|\b(?:try|trying|tried|do|doing|did) (?:new )?(?:stuff|things|something) in bed\b|\b(?:want(?:s|ed)?|ask(?:s|ed)?|like(?:s|d)?|makes? me|made me)\b[^.]{0,40}\bin bed\b|\b(?:bad|good|great|terrible|boring|selfish) in bed\b|\bended up in bed\b|\bnothing physical\b|\bno physical (?:intimacy|contact|relationship)\b|\b(?:do|did|doing) (?:stuff|things|it) in the back ?seat\b|\bwants? it (?:every|all the time|constantly|more)\b|\b(?:done|did|do) it (?:since|in (?:months|weeks|years|forever)|for (?:months|weeks|years))\b|\blost it to\b|\bquickies?\b|\b(?:caught|found) (?:them|him|her) in bed\b|\bin (?:his|her) bed with\b|\bwoke up in (?:his|her|their) bed\b`],
    ['make-out', 'act', String.raw`\b(?:make|made|making) out\b|\bfool(?:ed|ing)? around\b|\bmess(?:ed)? around\b(?=[^.]{0,30}\bnot (?:together|dating))|\bmessing around\b(?=[^.]{0,30}\bnot (?:together|dating))|\b(?:tried|try|trying|tries|wanted|wants|want|kept trying|push(?:ed|es|ing)?|pressur\w+(?: me)?) (?:to )?go(?:es|ing)? further\b|\bfirst time\b(?=[^.]{0,30}\b(?:in the back|with (?:him|her|a)|car|bed))|\bhad my first time\b|\b(?:do|did|doing) it (?:in the|every night|on the|in his|in her)\b|\bwe (?:do|did) it\b`],
    ['finish', 'act', String.raw`\bfinish(?:ed|es)? (?:inside|on me|in me|faster|first)\b|\bcan'?t finish when\b|\bso (?:he|she) finishes\b|\bpretend to enjoy it\b|\bfake orgasms?\b`],
    ['rough-choke', 'act', String.raw`\blikes it rough\b|\bbeing choked\b(?=[^.]{0,30}\b(?:off|feel|freak))|\bget off on being\b`],
    ['cheat-affair', 'act', String.raw`\baffair\b[^.]{0,40}\b(?:sex\w*|sleep\w*|slept|bed)\b`],
    ['sexual-violence-word', 'word', String.raw`\brap(?:e|ed|es|ist|ing)\b|\bmolest\w*|\bsexual(?:ly)? (?:assault\w*|abuse\w*|exploit\w*)\b`],
    ['sexual-violence', 'act', String.raw`\bforced (?:himself|herself) on\b|\bdid (?:stuff|things) to (?:me|her)\b|\bdo (?:stuff|things) to me\b|\btouched (?:me|her) (?:inappropriately|down there|between)\b|\binappropriate(?:ly)? touch\w*|\btook advantage of (?:me|her)\b|\b(?:wouldn'?t|didn'?t|did not|would not) stop when (?:i|she) said\b|\bwoke up (?:with|and) (?:him|he was|her|she was) (?:on top|inside)\b`],
    ['slang', 'act', String.raw`\b(?:cum|came) (?:inside|in my|on my|in her|on her)\b|\bsuck(?:ed|ing|s)? (?:him|me|her) off\b|\bsuck(?:ed|ing|s)? (?:his|my) (?:dick|cock)\b|\b(?:ate|eat|eats|eating) (?:me|her) out\b|\bbang(?:ed|ing)? (?:him|her|me)\b|\bwe banged\b|\btopless\b|\bprivate parts\b|\bprivates\b|\bsleep(?:ing|s)? around\b|\bhad (?:sexual )?relations\b|\b(?:pic|pics|picture|pictures|photo|photos) of (?:his|her|my) (?:thing|junk|privates|private parts)\b`],
    ['grab', 'act', String.raw`\bgrab(?:bing|bed|s)? my (?:butt|ass|breasts?|boobs|crotch)\b|\bhand up my\b`],
  ]),
  vetoes: rules([
    ['identity-only', 'word', String.raw`\b(?:gay|lesbian|bi|bisexual|pan|queer|trans|asexual|straight|orientation|pride|coming out|came out)\b`],
    ['training-news', 'word', String.raw`\b(?:training|awareness|workshop|seminar|course|news|article|documentary|podcast|works? (?:as|at|for)|employed as|occupation)\b`],
  ]),
};
