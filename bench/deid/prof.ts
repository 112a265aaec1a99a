// Development aid: CPU time of each detector on the development corpora (therapy-phi-dev and the
// PhysioNet development patients), to see where the engine spends its time.
//   node --import tsx bench/deid/prof.ts
import { detectAges, detectDates } from '../../src/deid/dates.ts';
import { detect } from '../../src/deid/detect.ts';
import { detectFacilities } from '../../src/deid/facilities.ts';
import { detectNamesAndPlaces } from '../../src/deid/names.ts';
import { detectAddresses, detectCodes, detectContacts, detectKeyedIds } from '../../src/deid/patterns.ts';
import { resources } from '../../src/deid/resources.ts';
import { tokenize } from '../../src/deid/tokens.ts';
import { detectTopics } from '../../src/deid/topics.ts';
import { physionetDeid, therapyPhiDev } from './corpora.ts';

const texts = [...(therapyPhiDev()?.dev.docs ?? []), ...(physionetDeid()?.dev.docs ?? [])].map((d) => d.text);
const r = resources();
const push = (): void => {};
const bytes = texts.reduce((n, t) => n + t.length, 0);
function time(name: string, f: (t: string) => void): void {
  for (const t of texts) f(t);
  const c0 = process.cpuUsage();
  for (let k = 0; k < 3; k++) for (const t of texts) f(t);
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000 / 3;
  console.log(name.padEnd(12), ms.toFixed(1).padStart(8), 'ms CPU', (bytes / 1e6 / (ms / 1000)).toFixed(1).padStart(6), 'MB/s');
}
console.log(`${(bytes / 1e6).toFixed(2)} MB of development text`);
time('contacts', (t) => detectContacts(t, push));
time('keyed', (t) => detectKeyedIds(t, push));
time('dates', (t) => detectDates(t, push));
time('ages', (t) => detectAges(t, push));
time('addresses', (t) => detectAddresses(t, push, r.commonWords));
time('codes', (t) => detectCodes(t, push));
time('tokenize', (t) => tokenize(t));
time('names', (t) => detectNamesAndPlaces(t, tokenize(t)));
time('facilities', (t) => detectFacilities(t, tokenize(t), push));
time('topics', (t) => detectTopics(t, ['immigration', 'sexual', 'abuse']));
time('detect', (t) => detect(t));
