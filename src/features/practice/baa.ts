// The Business Associate Agreement a practice accepts before any PHI can be written (R12).
// Versioned: a new version requires a new acceptance. The text's hash is recorded with it.
import crypto from 'node:crypto';

const TEXT = `TACET BUSINESS ASSOCIATE AGREEMENT — version 2026-11

1. Definitions. Terms used but not defined here have the meanings given in 45 CFR Parts 160 and 164.
2. Permitted uses. Tacet (the Business Associate) uses and discloses Protected Health Information (PHI) only to provide the documentation service to the Covered Entity, as required by law, or as this Agreement permits.
3. Safeguards. Tacet maintains administrative, physical and technical safeguards under 45 CFR 164.308, 164.310, 164.312 and 164.316, including encryption of PHI in transit and at rest, access controls and audit controls.
4. Subcontractors. Tacet discloses PHI to a subcontractor only under a written agreement with the same restrictions, and keeps a public register of its subprocessors.
5. Reporting. Tacet reports any use or disclosure not provided for by this Agreement, including breaches of unsecured PHI (45 CFR 164.410), without unreasonable delay and within 60 days of discovery.
6. Individual rights. Tacet makes PHI available for access (164.524), amendment (164.526) and an accounting of disclosures (164.528).
7. No secondary use. Tacet does not use PHI to train models, and does not sell or share it for marketing.
8. Termination. On termination Tacet returns or destroys all PHI, including by destroying the encryption keys that protect it.
`;

export const CURRENT_BAA = {
  version: '2026-11',
  text: TEXT,
  sha256: crypto.createHash('sha256').update(TEXT).digest('hex'),
} as const;
