// Round "talkrole" (issue 14 item 2, R35): NAME and GEO precision in counselling talk, read from
// the role a capitalised word fills in its clause rather than from more lists of non-names. The
// lines (inject-devrole-lines.ts, written before the detector code was read) put invented names
// and places, and capitalised words that are neither, into the slots that tell them apart: the
// subject of a verb of saying or feeling, the object of a social verb ("texted", "married"), the
// owner of kin, body or feelings ("X's mom"), a vocative, an apposition with a kin word; after a
// preposition or verb of place ("moved to", "lives in"), before a street word; after a determiner
// ("a Jeep", "my Fitbit"), the object of a verb of consuming, using, watching or playing, a
// modifier before a noun ("the Hulu show"); also stores and firms as subjects, pets in a person's
// slot, states and countries in a place slot. Gold convention as inject-devfp.ts.
//
// Two parts, written separately:
//   - DEVROLE (inject-devrole-lines.ts), the tuning part, listed by --errors;
//   - DEVROLE ASIDE (inject-devrole-aside.ts), other voices and other words, scored once at the end
//     of the round (`npm run bench:inject -- --dev-only --talkrole-aside`), totals only.
import type { Corpus } from './corpora.ts';
import { build } from './inject-devfp.ts';
import { ASIDE_ROLE_LINES } from './inject-devrole-aside.ts';
import { DEVROLE_LINES } from './inject-devrole-lines.ts';

export const injectedTherapyDevRole = (): Corpus => build(DEVROLE_LINES, 0x7a1e, 'name/place by clause role in talk, dev batch talkrole');
export const injectedTherapyDevRoleAside = (): Corpus => build(ASIDE_ROLE_LINES, 0xa71e, 'name/place by clause role in talk, batch talkrole SET ASIDE');
