// Development aid: CPU time of the first passes of a detector over the development corpora
// (therapy-phi-dev and the PhysioNet development patients) in a fresh process, to see how long V8
// takes to settle on its code. Run it several times, alternating with another checkout.
//   node --import tsx bench/deid/cold-passes.ts [names|facilities|detect] [passes]
import { detect } from '../../src/deid/detect.ts';
import { detectFacilities } from '../../src/deid/facilities.ts';
import { detectNamesAndPlaces } from '../../src/deid/names.ts';
import { resources } from '../../src/deid/resources.ts';
import { tokenize } from '../../src/deid/tokens.ts';
import { physionetDeid, therapyPhiDev } from './corpora.ts';

const which = process.argv[2] ?? 'detect';
const passes = Number(process.argv[3] ?? 6);
if (!['names', 'facilities', 'detect'].includes(which)) throw new Error(`unknown detector ${which}: names, facilities or detect`);
const texts = [...(therapyPhiDev()?.dev.docs ?? []), ...(physionetDeid()?.dev.docs ?? [])].map((d) => d.text);
resources();
// (Tokens are made before the clock starts: only the detector's own passes are timed.)
const tokens = which === 'detect' ? [] : texts.map((t) => tokenize(t));
const push = (): void => {};
const ms: number[] = [];
for (let p = 0; p < passes; p++) {
  const c0 = process.cpuUsage();
  for (let i = 0; i < texts.length; i++) {
    if (which === 'names') detectNamesAndPlaces(texts[i]!, tokens[i]!);
    else if (which === 'facilities') detectFacilities(texts[i]!, tokens[i]!, push);
    else detect(texts[i]!);
  }
  const c = process.cpuUsage(c0);
  ms.push(Math.round((c.user + c.system) / 1000));
}
console.log(`${which}: ${texts.length} texts, CPU ms per pass: ${ms.join(' ')}`);
