// Checks a provider's answer against the source it was given (issue 7, part 3). Every sentence
// keeps links to the segments it cites that exist; a sentence whose citations are missing, do not
// share enough words with it, or quote words the source does not hold is marked unsupported; a
// statement about risk needs a cited segment that speaks of the same risk, or it is flagged.
// Nothing is dropped silently: the clinician sees every sentence with its marks.
import { flatMap } from './claims/text.ts';
import { NOTE_TEMPLATES, type NoteFormat } from '../notes/templates.ts';
import { riskCategories, sentenceRanges, unfoundQuotes, type RiskCategory, type Segment } from './grounding.ts';
import type { Answer, Progress } from './prompt.ts';
import { riskPolaritiesOf, verifyClaim, type ClaimLabel, type RiskPolarity } from './claims/index.ts';

export type { ClaimLabel, RiskPolarity } from './claims/index.ts';

export interface Link {
  segmentId: string;
  start: number;
  end: number;
}

export type SentenceFlag = 'no_citation' | 'invalid_citation' | 'weak_support' | 'quote_not_in_source' | 'unsupported_risk';

export interface DraftSentence {
  text: string;
  links: Link[];
  unsupported: boolean;
  /** Risk categories the sentence speaks of; empty for most sentences. */
  risk: RiskCategory[];
  /** null without risk; 'denied' for a screening result such as "Client denies SI/HI" (not an alarm). */
  riskPolarity: RiskPolarity | null;
  flags: SentenceFlag[];
  /** The meaning check against the cited segments (issue 15). `unsupported` is `label !== 'SUPPORTED'`. */
  label: ClaimLabel;
  /** Clinician-readable reasons for the label, e.g. "source says denies; draft says endorses". */
  reasons: string[];
}

export interface DraftSection {
  key: string;
  title: string;
  sentences: DraftSentence[];
}

export interface GoalSuggestion {
  goalId: string;
  progress: Progress;
  links: Link[];
  unsupported: boolean;
}

export interface DraftFlag {
  section: string;
  sentence: number;
  kind: 'unsupported' | 'unsupported_risk';
  label: Exclude<ClaimLabel, 'SUPPORTED'>;
}

/** A risk the source speaks of that no supported draft sentence carries: the clinician must see it. */
export interface OmittedRisk {
  category: RiskCategory;
  /**
   * 'present': the source states the risk and the draft leaves it out (an alarm). 'denied': the
   * source holds a screening result (risk asked about and denied) the draft leaves out.
   */
  polarity: RiskPolarity;
  links: Link[];
}

export interface VerifiedDraft {
  sections: DraftSection[];
  goalSuggestions: GoalSuggestion[];
  flags: DraftFlag[];
  omittedRisks: OmittedRisk[];
  /** Sections the provider invented (not in the format): counted, not shown. */
  unknownSections: number;
}

const linkOf = (s: Segment): Link => ({ segmentId: s.id, start: s.start, end: s.end });

export function verifyAnswer(
  answer: Answer,
  format: NoteFormat,
  segments: readonly Segment[],
  goals: ReadonlyMap<string, string>,
  restore: (text: string) => string = (t) => t,
): VerifiedDraft {
  const byId = new Map(segments.map((s) => [s.id, s]));
  const template = NOTE_TEMPLATES[format].sections;
  const known = new Set(template.map((s) => s.key));
  const flags: DraftFlag[] = [];
  const sections: DraftSection[] = template.map((t) => ({ key: t.key, title: t.title, sentences: [] }));
  const sectionOf = new Map(sections.map((s) => [s.key, s]));
  let unknownSections = 0;

  for (const raw of answer.sections) {
    const target = sectionOf.get(raw.key);
    if (target === undefined || !known.has(raw.key)) {
      unknownSections++;
      continue;
    }
    for (const rs of raw.sentences) {
      const full = restore(rs.text);
      const cited = [...new Set(rs.sourceIds)];
      const valid = cited.map((id) => byId.get(id)).filter((s): s is Segment => s !== undefined);
      // A model "sentence" may hold several: each is checked, each inherits the citations.
      for (const [a, b] of sentenceRanges(full)) {
        const text = full.slice(a, b);
        const sentence = check(text, cited.length, valid);
        if (sentence.unsupported) {
          flags.push({
            section: target.key,
            sentence: target.sentences.length,
            kind: sentence.flags.includes('unsupported_risk') ? 'unsupported_risk' : 'unsupported',
            label: sentence.label === 'CONTRADICTED' ? 'CONTRADICTED' : 'UNSUPPORTED',
          });
        }
        target.sentences.push(sentence);
      }
    }
  }

  const goalSuggestions: GoalSuggestion[] = [];
  const seenGoals = new Set<string>();
  for (const g of answer.goalSuggestions) {
    const goalId = goals.get(g.goalId);
    // A goal id the provider made up is not a suggestion the clinician can accept.
    if (goalId === undefined || seenGoals.has(goalId)) continue;
    seenGoals.add(goalId);
    const links = flatMap([...new Set(g.sourceIds)], (id) => {
      const s = byId.get(id);
      return s === undefined ? [] : [linkOf(s)];
    });
    goalSuggestions.push({ goalId, progress: g.progress, links, unsupported: links.length === 0 });
  }
  // The other direction: a draft that leaves out what the client said about risk is as unsafe as
  // one that invents it. Every risk category in the source must appear in a supported sentence.
  const covered = new Set(flatMap(sections, (s) => flatMap(s.sentences.filter((x) => !x.unsupported), (x) => x.risk)));
  // A risk stated anywhere in the source is an alarm; one only ever screened and denied is a
  // screening result left out.
  const omitted = new Map<RiskCategory, { polarity: RiskPolarity; links: Link[] }>();
  for (const seg of segments) {
    const open = riskCategories(seg.text).filter((c) => !covered.has(c) && (omitted.get(c)?.polarity !== 'present' || omitted.get(c)!.links.length < 20));
    // Polarity needs the full analysis: only for risks still left out and still collecting links.
    if (open.length === 0) continue;
    const polarities = riskPolaritiesOf(seg.text);
    for (const cat of open) {
      const polarity = polarities.get(cat) ?? 'present';
      const o = omitted.get(cat) ?? { polarity, links: [] };
      if (polarity === 'present' && o.polarity === 'denied') {
        o.polarity = 'present';
        o.links = [];
      }
      if (o.polarity === polarity && o.links.length < 20) o.links.push(linkOf(seg));
      omitted.set(cat, o);
    }
  }
  const omittedRisks = [...omitted].map(([category, o]) => ({ category, polarity: o.polarity, links: o.links }));
  return { sections, goalSuggestions, flags, omittedRisks, unknownSections };
}

function check(text: string, citedCount: number, valid: Segment[]): DraftSentence {
  const flags: SentenceFlag[] = [];
  const sources = valid.map((s) => s.text);
  if (citedCount === 0) flags.push('no_citation');
  else if (valid.length < citedCount) flags.push('invalid_citation');
  if (valid.length > 0 && unfoundQuotes(text, sources).length > 0) flags.push('quote_not_in_source');
  // The meaning check (issue 15) owns the label; the flags keep saying what is wrong with the citations.
  const verdict = verifyClaim(text, sources);
  const { label, reasons } = verdict;
  if (label !== 'SUPPORTED' && valid.length > 0 && !flags.includes('quote_not_in_source')) flags.push('weak_support');
  // A risk statement that is not supported — invented, or contradicting the source — is flagged as such.
  if (label !== 'SUPPORTED' && verdict.risk.length > 0) flags.push('unsupported_risk');
  return { text, links: valid.map(linkOf), unsupported: label !== 'SUPPORTED', risk: verdict.risk, riskPolarity: verdict.riskPolarity, flags, label, reasons };
}
