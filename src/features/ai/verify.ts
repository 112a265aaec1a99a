// Checks a provider's answer against the source it was given (issue 7, part 3). Every sentence
// keeps links to the segments it cites that exist; a sentence whose citations are missing, do not
// share enough words with it, or quote words the source does not hold is marked unsupported; a
// statement about risk needs a cited segment that speaks of the same risk, or it is flagged.
// Nothing is dropped silently: the clinician sees every sentence with its marks.
import { NOTE_TEMPLATES, type NoteFormat } from '../notes/templates.ts';
import { overlap, riskCategories, sentenceRanges, SUPPORT_THRESHOLD, unfoundQuotes, type RiskCategory, type Segment } from './grounding.ts';
import type { Answer, Progress } from './prompt.ts';

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
  flags: SentenceFlag[];
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
}

/** A risk the source speaks of that no supported draft sentence carries: the clinician must see it. */
export interface OmittedRisk {
  category: RiskCategory;
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
          flags.push({ section: target.key, sentence: target.sentences.length, kind: sentence.flags.includes('unsupported_risk') ? 'unsupported_risk' : 'unsupported' });
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
    const links = [...new Set(g.sourceIds)].flatMap((id) => {
      const s = byId.get(id);
      return s === undefined ? [] : [linkOf(s)];
    });
    goalSuggestions.push({ goalId, progress: g.progress, links, unsupported: links.length === 0 });
  }
  // The other direction: a draft that leaves out what the client said about risk is as unsafe as
  // one that invents it. Every risk category in the source must appear in a supported sentence.
  const covered = new Set(sections.flatMap((s) => s.sentences.filter((x) => !x.unsupported).flatMap((x) => x.risk)));
  const omitted = new Map<RiskCategory, Link[]>();
  for (const seg of segments) {
    for (const cat of riskCategories(seg.text)) {
      if (covered.has(cat)) continue;
      const links = omitted.get(cat) ?? [];
      if (links.length < 20) links.push(linkOf(seg));
      omitted.set(cat, links);
    }
  }
  const omittedRisks = [...omitted].map(([category, links]) => ({ category, links }));
  return { sections, goalSuggestions, flags, omittedRisks, unknownSections };
}

function check(text: string, citedCount: number, valid: Segment[]): DraftSentence {
  const flags: SentenceFlag[] = [];
  const sources = valid.map((s) => s.text);
  if (citedCount === 0) flags.push('no_citation');
  else if (valid.length < citedCount) flags.push('invalid_citation');
  let supported = valid.length > 0;
  if (supported && (overlap(text, sources).score < SUPPORT_THRESHOLD || novelSpecifics(text, sources))) {
    flags.push('weak_support');
    supported = false;
  }
  if (valid.length > 0 && unfoundQuotes(text, sources).length > 0) {
    flags.push('quote_not_in_source');
    supported = false;
  }
  const risk = riskCategories(text);
  if (risk.length > 0) {
    // "Denies SI/HI" is a risk statement too: it needs a cited segment about each risk it names.
    const sourceRisk = new Set(valid.flatMap((s) => riskCategories(s.text)));
    if (!supported || !risk.every((r) => sourceRisk.has(r))) {
      flags.push('unsupported_risk');
      supported = false;
    }
  }
  return { text, links: valid.map(linkOf), unsupported: !supported, risk, flags };
}

/**
 * Numbers and acronyms are where invented specifics hide ("started an SSRI", "PHQ-9 of 14"): a
 * sentence may only use the ones its sources contain, however many other words it shares.
 */
function novelSpecifics(text: string, sources: readonly string[]): boolean {
  const specifics = text.match(/\b(?:[A-Z]{2,}[A-Za-z]*|\d+(?:[.,]\d+)?)\b/g);
  if (specifics === null) return false;
  const hay = sources.join(' ').toLowerCase();
  return specifics.some((s) => !new RegExp(`\\b${s.toLowerCase().replace(/[.,]/g, '\\$&')}\\b`).test(hay));
}
