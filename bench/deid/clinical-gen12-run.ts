// Scores the round-12 date generator (bench/deid/clinical-gen12.ts); ORG and NEUTRAL neutral.
// `node --import tsx bench/deid/clinical-gen12-run.ts [--aside] [--quiet]`
// Without flags: the development notes, recall per gold type, precision per predicted type, false
// tokens per kind, then every miss and false positive with its line. `--aside`: the set-aside notes,
// totals only (never their errors, never per kind).
import { ASIDE } from './clinical-gen12-aside.ts';
import { DEV } from './clinical-gen12.ts';
import { runMarkedNotes } from './clinical-marked-run.ts';

await runMarkedNotes('clinical-gen12', DEV, ASIDE, ['ORG', 'NEUTRAL']);
