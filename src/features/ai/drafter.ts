// The local drafter (issue 7, part 1): deterministic and extractive. It sorts the clinician's
// segments into the sections of the chosen format by the cues they carry and phrases each one
// clinically without adding facts — every sentence is a segment's own words (a transcript line
// becomes a verbatim quote), so everything it writes is grounded by construction and the same
// verifier as for the models confirms it. No network, no model, same answer for the same input.
import type { NoteFormat } from '../notes/templates.ts';
import { contentTokens, riskCategories, type Speaker } from './grounding.ts';
import type { Answer, Progress, PromptPayload } from './prompt.ts';

type Category = 'goal' | 'subjective' | 'objective' | 'intervention' | 'response' | 'assessment' | 'plan';

const CUES: ReadonlyArray<[Category, RegExp]> = [
  ['plan', /\b(?:homework|next session|next week|follow[- ]up|will (?:continue|practice|meet|try|complete|track|schedule|return|review|call|bring|work)|plan(?:s|ned)? to|continue (?:weekly|biweekly|with|to)|refer(?:ral|red)?|schedul\w*|assign\w*|return in|f\/u|to do before)\b/i],
  ['intervention', /\b(?:cbt|dbt|act|emdr|mi|cpt|erp|psychoeducation|cognitive restructuring|reframing|reframe|thought record|behavio(?:u)?ral activation|exposure|mindfulness|grounding|breathing|role[- ]?play|socratic|validat\w*|motivational|coping skills?|skills? training|taught|teach|introduced|practiced|practised|modeled|modelled|explored|processed|reviewed|provided|used|guided|coached|worksheet|chain analysis|safety planning)\b/i],
  ['response', /\b(?:responded|receptive|engaged|was able to|were able to|demonstrated|verbali[sz]ed understanding|agreed|identified|reported (?:benefit|relief)|found (?:it|this) helpful|resistant|struggled to|tearful when|open to|willing to|completed (?:the )?(?:homework|exercise|worksheet))\b/i],
  ['objective', /\b(?:appear(?:s|ed)?|present(?:s|ed)? (?:as|with)|affect|eye contact|speech|oriented|groomed|dressed|psychomotor|thought process|mse|observed|phq-?9|gad-?7|pcl-?5|score[sd]?|tearful|calm|restless|fidget\w*|alert)\b/i],
  ['assessment', /\b(?:progress(?:ing)?|improv\w*|worsen\w*|consistent with|symptoms? of|meets criteria|diagnos\w*|risk|functioning|impression|appears to be|stable|regress\w*|remission|on track)\b/i],
  ['goal', /\b(?:goal|objective|treatment plan|working (?:on|toward))\b/i],
];

// Where each category goes, per format. The first section of a format takes what fits nowhere.
const PLACE: Readonly<Record<NoteFormat, Readonly<Record<Category, string>>>> = {
  soap: { goal: 'subjective', subjective: 'subjective', objective: 'objective', intervention: 'assessment', response: 'assessment', assessment: 'assessment', plan: 'plan' },
  dap: { goal: 'data', subjective: 'data', objective: 'data', intervention: 'assessment', response: 'assessment', assessment: 'assessment', plan: 'plan' },
  birp: { goal: 'behavior', subjective: 'behavior', objective: 'behavior', intervention: 'intervention', response: 'response', assessment: 'response', plan: 'plan' },
  girp: { goal: 'goals', subjective: 'goals', objective: 'goals', intervention: 'intervention', response: 'response', assessment: 'response', plan: 'plan' },
  pie: { goal: 'problem', subjective: 'problem', objective: 'problem', intervention: 'intervention', response: 'evaluation', assessment: 'evaluation', plan: 'evaluation' },
  free: { goal: 'body', subjective: 'body', objective: 'body', intervention: 'body', response: 'body', assessment: 'body', plan: 'body' },
};

function categorise(text: string, speaker: Speaker | undefined): Category {
  for (const [cat, re] of CUES) {
    if (!re.test(text)) continue;
    // In a transcript the clinician's words are interventions or plans, the client's are their report.
    if (speaker === 'client' && (cat === 'intervention' || cat === 'objective')) return 'subjective';
    return cat;
  }
  return speaker === 'clinician' ? 'intervention' : 'subjective';
}

const LEADING_VERB = /^(?:reports?|reported|states?|stated|denies|denied|endorses|endorsed|describes|described|expresses|expressed|notes|noted|identified|identifies|agreed|agrees|completed|practiced|practised|was|is|appeared|appears|presented|presents|rates|rated|continues|continued|feels|felt|has|had|says|said|shared|shares|struggled|struggles|missed|attended|arrived)\b/i;

/** Light clinical phrasing that adds no facts: sentence case, a subject, a full stop. */
function phrase(text: string, speaker: Speaker | undefined, kind: PromptPayload['sourceKind']): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (kind === 'transcript') {
    const q = t.replace(/^["“]|["”]$/g, '');
    if (speaker === 'clinician') return `Clinician: "${q}"`;
    if (speaker === 'client' || speaker === undefined) return `Client stated: "${q}"`;
    return `Other participant stated: "${q}"`;
  }
  let s = LEADING_VERB.test(t) ? `Client ${t.charAt(0).toLowerCase()}${t.slice(1)}` : `${t.charAt(0).toUpperCase()}${t.slice(1)}`;
  if (!/[.!?]["”')\]]*$/.test(s)) s += '.';
  return s;
}

const FILLER = /^(?:(?:um+|uh+|mm+-?hmm+|yeah|yes|no|okay|ok|right|sure|so|well|hmm+|oh|alright|thanks|thank you|i see|got it)[\s,.!?]*)+$/i;

/** At most this many sentences per section from a transcript; risk statements are always kept. */
const TRANSCRIPT_CAP = 12;

export function localDraft(p: PromptPayload): Answer {
  const place = PLACE[p.format];
  const buckets = new Map<string, Array<{ id: string; text: string; score: number; order: number; risk: boolean }>>(p.sections.map((s) => [s.key, []]));
  p.segments.forEach((seg, order) => {
    const speaker = seg.speaker as Speaker | undefined;
    const words = seg.text.trim().split(/\s+/).length;
    const risk = riskCategories(seg.text).length > 0;
    if (p.sourceKind === 'transcript' && !risk && (FILLER.test(seg.text.trim()) || words < 4)) return;
    const cat = categorise(seg.text, speaker);
    const key = place[cat] ?? p.sections[0]!.key;
    // Transcript lines that carry a cue, more words, or the client's own words rank first.
    const score = (cat === 'subjective' ? 0 : 2) + Math.min(words, 30) / 10 + (speaker === 'client' ? 1 : 0);
    buckets.get(key)?.push({ id: seg.id, text: phrase(seg.text, speaker, p.sourceKind), score, order, risk });
  });
  const sections = p.sections.map((s) => {
    let items = buckets.get(s.key) ?? [];
    if (p.sourceKind === 'transcript' && items.length > TRANSCRIPT_CAP) {
      const keep = new Set(
        [...items]
          .sort((a, b) => b.score - a.score || a.order - b.order)
          .slice(0, TRANSCRIPT_CAP)
          .map((i) => i.id),
      );
      items = items.filter((i) => i.risk || keep.has(i.id));
    }
    return { key: s.key, sentences: items.map((i) => ({ text: i.text, sourceIds: [i.id] })) };
  });
  return { sections, goalSuggestions: suggestGoals(p) };
}

const PROGRESS_CUES: ReadonlyArray<[Progress, RegExp]> = [
  ['achieved', /\b(?:achieved|met (?:the|this|her|his|their) goal|goal (?:was )?met|no longer)\b/i],
  ['regressed', /\b(?:worse|worsen\w*|increased|relaps\w*|regress\w*|more (?:anxious|depressed|panic|frequent)|setback)\b/i],
  ['significant_progress', /\b(?:significant(?:ly)?|much (?:better|less|fewer|improved)|major improvement|substantial\w*|great progress)\b/i],
  ['some_progress', /\b(?:improv\w*|better|progress\w*|fewer|less|reduced|decreas\w*|was able to|managed to|succeeded|completed|down from|up from)\b/i],
];

/** Golden thread (part 4): goals whose words the session shares, with a rating from the cues. */
function suggestGoals(p: PromptPayload): Answer['goalSuggestions'] {
  const segTokens = p.segments.map((s) => ({ id: s.id, text: s.text, tokens: contentTokens(s.text) }));
  const out: Answer['goalSuggestions'] = [];
  for (const g of p.goals) {
    const gt = contentTokens(g.text);
    if (gt.size === 0) continue;
    const need = Math.min(2, gt.size);
    const hits = segTokens.filter((s) => {
      let n = 0;
      for (const w of gt) if (s.tokens.has(w)) n++;
      return n >= need;
    });
    if (hits.length === 0) continue;
    const text = hits.map((h) => h.text).join(' ');
    const progress = PROGRESS_CUES.find(([, re]) => re.test(text))?.[0] ?? 'no_change';
    out.push({ goalId: g.id, progress, sourceIds: hits.slice(0, 10).map((h) => h.id) });
  }
  return out;
}
