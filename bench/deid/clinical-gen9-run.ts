// Scores the round-9 nursing/progress-note generator (bench/deid/clinical-gen9.ts), token level as the corpora.
// `node --import tsx bench/deid/clinical-gen9-run.ts [--aside] [--quiet]`
// Without flags: the development notes, recall and precision per type, then every miss and false
// positive with its line. `--aside`: the set-aside notes, totals only (never their errors).
import { scoreClinicalGenerator } from './clinical-gen-score.ts';
import { ASIDE, DEV } from './clinical-gen9.ts';

await scoreClinicalGenerator(DEV, ASIDE, 'notes');
