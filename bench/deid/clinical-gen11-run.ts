// Scores the round-11 recall generator (bench/deid/clinical-gen11.ts); ORG neutral.
// `node --import tsx bench/deid/clinical-gen11-run.ts [--aside] [--quiet]`
// Without flags: the development notes, recall per gold type, precision per predicted type, false
// tokens per kind, then every miss and false positive with its line. `--aside`: the set-aside notes,
// totals only (never their errors, never per kind).
import { ASIDE } from './clinical-gen11-aside.ts';
import { DEV } from './clinical-gen11.ts';
import { runMarkedNotes } from './clinical-marked-run.ts';

await runMarkedNotes('clinical-gen11', DEV, ASIDE, ['ORG']);
