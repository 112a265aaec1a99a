// The verdict on one draft sentence against the source segments it cites (issue 15).
import type { RiskCategory } from '../grounding.ts';

export type ClaimLabel = 'SUPPORTED' | 'CONTRADICTED' | 'UNSUPPORTED';

/** How a sentence speaks of risk: it states a risk, or it reports one screened and denied. */
export type RiskPolarity = 'present' | 'denied';

export interface ClaimVerdict {
  label: ClaimLabel;
  /** Clinician-readable, e.g. "source says denies; draft says endorses". Empty when SUPPORTED. */
  reasons: string[];
  /** Risk categories the sentence speaks of. */
  risk: RiskCategory[];
  /** null when the sentence names no risk; 'present' wins when one risk is denied and another stated. */
  riskPolarity: RiskPolarity | null;
}
