// Claim-level verification (issue 15): one draft sentence against the segments it cites.
// First cut behind the stable interface: lexical support plus risk polarity; the meaning checks
// (negation scope, numbers, direction, time, who, certainty, action status) build on it.
import { overlap, riskCategories, SUPPORT_THRESHOLD } from '../grounding.ts';
import type { ClaimVerdict, RiskPolarity } from './types.ts';

export type { ClaimLabel, ClaimVerdict, RiskPolarity } from './types.ts';

const DENIAL = /\b(?:den(?:y|ies|ied)|no|not|never|negative for|without|absent)\b/i;

/** 'denied' when every risk the text names is screened and denied; null when it names none. */
export function riskPolarityOf(text: string): RiskPolarity | null {
  if (riskCategories(text).length === 0) return null;
  return DENIAL.test(text) ? 'denied' : 'present';
}

export function verifyClaim(sentence: string, sources: readonly string[]): ClaimVerdict {
  const risk = riskCategories(sentence);
  const riskPolarity = riskPolarityOf(sentence);
  if (sources.length === 0) return { label: 'UNSUPPORTED', reasons: ['cites no source'], risk, riskPolarity };
  const reasons: string[] = [];
  const srcRisk = new Set(sources.flatMap((s) => riskCategories(s)));
  for (const r of risk) if (!srcRisk.has(r)) reasons.push(`source does not mention ${r.replace('_', '-')}`);
  if (overlap(sentence, sources).score < SUPPORT_THRESHOLD) reasons.push('most of its words are not in the source');
  if (reasons.length > 0) return { label: 'UNSUPPORTED', reasons, risk, riskPolarity };
  if (riskPolarity !== null) {
    const src = sources.filter((s) => riskCategories(s).length > 0).map(riskPolarityOf);
    if (src.length > 0 && !src.includes(riskPolarity)) {
      return { label: 'CONTRADICTED', reasons: [`source says ${src[0]}; draft says ${riskPolarity}`], risk, riskPolarity };
    }
  }
  return { label: 'SUPPORTED', reasons: [], risk, riskPolarity };
}
