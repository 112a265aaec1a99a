// Where Debian's `hunspell-en-med` dictionary is (OpenMedSpel, GPL-3+), for the two scripts that
// derive word lists from it (build-medical-dict.ts, build-medical-eponyms.ts): HUNSPELL_EN_MED_DIC
// when set, otherwise the package is fetched with `apt-get download` into a temporary folder and
// unpacked there (nothing is installed).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The `.dic` file's path, and the package's copyright file when it was fetched here. */
export function hunspellEnMed(): { dic: string; copyright?: string } {
  const given = process.env.HUNSPELL_EN_MED_DIC;
  if (given) return { dic: given };
  const work = mkdtempSync(join(tmpdir(), 'tacet-med-'));
  execFileSync('apt-get', ['download', 'hunspell-en-med'], { cwd: work, stdio: 'inherit' });
  const deb = readdirSync(work).find((f) => f.endsWith('.deb'));
  if (!deb) throw new Error('apt-get download hunspell-en-med gave no package');
  execFileSync('dpkg-deb', ['-x', join(work, deb), join(work, 'x')]);
  return {
    dic: join(work, 'x', 'usr', 'share', 'hunspell', 'en_med_glut.dic'),
    copyright: join(work, 'x', 'usr', 'share', 'doc', 'hunspell-en-med', 'copyright'),
  };
}
