// The SET-ASIDE part of round "talkfp" (issue 14 item 2, R35), written separately from the batch
// (inject-devfp-lines.ts) in other voices: a teenager texting a crisis line, a retired man, a
// speaker of English as a second language, a group facilitator, a couples session, a nurse. Some
// kinds are not in the batch at all (foods and drinks named after people, storms, cars, laws and
// sayings with names, school subjects, planets, eponymous objects). Scored once at the end of the
// round, totals only (`npm run bench:inject -- --dev-only --talkfp-aside`), never listed by
// --errors. Same format and gold convention as the batch (see inject-devfp.ts).

export const ASIDE_FP_LINES: readonly string[] = [
  // Teen, crisis-line chat.
  'c|idk my mom took my phone so im on the school chromebook',
  'c|everyone on snap saw it before i even woke up',
  'c|watched euphoria all night and now i feel worse lol',
  'c|my bff said jesus take the wheel when i told her',
  'c|ngl halloween was the last time i felt normal',
  'c|spotify wrapped said my top song was about dying so thats cool',
  'c|ok so [N:kayden] blocked me everywhere',
  'c|i live in [G:brookhaven] btw its tiny',
  't|Thank you for reaching out tonight. Are you safe right now?',
  'c|yeah im in my room. roblox is open but im not really playing',
  'c|my stepdad is from ohio and acts like it means something',
  'c|sorry ugh i keep typing and deleting',
  // Retired man.
  'c|I was a Ford man forty years on the line, and now I sit and watch Jeopardy.',
  'c|Good Lord, my knees. Doc says it is arthritis, not Lou Gehrig\'s, thank heaven.',
  'c|The wife, God rest her, made the best Caesar salad in the county.',
  'c|We had a Chevy Impala when the kids were small.',
  'c|I was in Korea with the Army, we do not talk about it.',
  'c|The Legion hall is where the fellas go, but I stopped going.',
  'c|My grandson [N:Caleb] set up this Facebook thing for me.',
  'c|We sold the farm outside [G:Kearney] in the nineties.',
  'c|Murphy\'s law, that has been my whole retirement.',
  'c|Hurricane season makes me nervous since the roof went.',
  // Second-language speaker.
  'c|In my country we do not have therapy, we have the grandmother.',
  'c|I learn English from Friends on the television, many times.',
  'c|My husband is very traditional, very Orthodox, he does not like I come here.',
  'c|At Christmas we eat tamales and my mother cries for Guatemala.',
  'c|The Walgreens lady was rude to me because of my accent.',
  'c|My son [N:Mateo] translate for me at the school meeting.',
  'c|We live by [G:Fairmount Avenue], near the laundromat.',
  'c|Inshallah things will be better next year.',
  // Group facilitator.
  't|Welcome, everyone. Let us start with a check-in, one word each.',
  't|Remember the Serenity Prayer we close with, and the guidelines on the wall.',
  't|Tonight we are looking at the Johari window, who has heard of it?',
  't|Some of you asked about SMART Recovery versus the Twelve Steps.',
  't|Pass the talking stick to your left when you are done.',
  't|Next week is Memorial Day, so no meeting.',
  't|[N:Denise] will lead the mindfulness part today.',
  // Couples session.
  'c|He spends every Saturday on the golf course with his Callaway clubs.',
  'c|She calls me Mr. Perfect when she is mad, like it is an insult.',
  'c|We had a Dear John moment, a letter on the fridge.',
  'c|Our first date was at Olive Garden, which says a lot about him.',
  'c|I felt like a Peeping Tom reading her texts.',
  'c|He is a real Jekyll and Hyde when he drinks.',
  'c|my wife [N:trish] thinks i am on my phone too much',
  't|What would it look like if you both tried the Gottman exercise this week?',
  'c|We honeymooned in [G:Sedona], feels like a different life.',
  // Nurse, night shift.
  'c|I work nights in the NICU and days are a blur.',
  'c|Twelve-hour shifts, Red Bull, and no sleep, that is my life.',
  'c|We had a code on Friday and I cannot stop seeing it.',
  'c|My charge nurse [N:Rhonda Bellweather] is the only one who asks how I am.',
  'c|The Pyxis locked me out and I almost cried.',
  'c|I commute from [G:Hagerstown], an hour each way.',
  'c|Mercury is in retrograde, according to my roommate, so everything is my fault.',
  'c|We celebrated Hanukkah on a break with jelly doughnuts.',
  'c|I aced Biology but Chemistry nearly killed me in nursing school.',
  'c|Earl Grey and a hot bath, that is my self-care.',
];
