// Shapes of the API responses the screens read (mirrors of the server's zod response schemas).

export interface Practice {
  id: string;
  name: string;
  plan: 'trial' | 'solo' | 'group';
  trialEndsAt: string | null;
  billing: { contactEmail: string | null; paymentCustomerToken: string | null } | null;
  baa: { currentVersion: string; accepted: boolean; acceptedAt: string | null };
}

export interface Baa {
  version: string;
  text: string;
  sha256: string;
  acceptance: { acceptedBy: string; acceptedAt: string; ip: string | null } | null;
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  roles: string[];
  disabled: boolean;
  /** Left the practice (issue 18). */
  departed: boolean;
}

export interface ClientSummary {
  id: string;
  label: string;
  labelKind: 'initials' | 'pseudonym';
  /** Issue 16: practice-wide, allocated by the database. */
  clientNumber: number;
  /** Label and number, as every screen shows the client ("J.D.S. · 1042"). */
  displayLabel: string;
  status: 'active' | 'inactive' | 'discharged';
  safetyFlag: boolean;
  ownerId: string;
}

export interface ClientDetail extends ClientSummary {
  birthYear: number | null;
  pronouns: string | null;
  contactNotes: string | null;
  knownPeople: string[];
  aiDisabled: boolean;
  transcriptDeletion: { mode: 'never' | 'on_sign' | 'after_days'; days: number | null };
  safetyFlagAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type Modality = 'in_person' | 'video' | 'phone';
export type Attendance = 'scheduled' | 'attended' | 'late_cancel' | 'no_show';

export interface TherapySession {
  id: string;
  clientId: string;
  startsAt: string;
  durationMinutes: number;
  serviceCode: string;
  modality: Modality;
  placeOfService: string;
  attendance: Attendance;
}

export interface ServiceCode {
  code: string;
  title: string;
  minutes?: { min: number; max?: number };
}

export interface ServiceCodes {
  serviceCodes: ServiceCode[];
  placesOfService: Record<string, string>;
}

export type NoteFormat = 'soap' | 'dap' | 'birp' | 'girp' | 'pie' | 'free';

export interface NoteTemplate {
  format: NoteFormat;
  title: string;
  sections: { key: string; title: string; guidance: string }[];
}

export interface NoteSummary {
  id: string;
  clientId: string;
  sessionId: string | null;
  kind: 'progress' | 'process';
  format: NoteFormat;
  status: 'draft' | 'signed';
  signedAt: string | null;
  cosignerId: string | null;
  cosignedAt: string | null;
  createdAt: string;
  /** YYYY-MM-DD: the session's day or the note's own date of service. */
  dateOfService: string;
  sessionStartsAt: string | null;
}

export interface CosignItem extends NoteSummary {
  authorId: string;
  clientLabel: string | null;
}

/** The chart header of a note (server: src/features/notes/chart-header.ts). */
export interface ChartHeaderData {
  client: string | null;
  clientNumber: number | null;
  dateOfService: string;
  sessionStartsAt: string | null;
  serviceCode: string | null;
  serviceTitle: string | null;
  durationMinutes: number | null;
  modality: string | null;
  placeOfService: string | null;
  clinician: string | null;
}

export interface UpcomingSession extends TherapySession {
  clientLabel: string;
}

export interface NoteDetail extends NoteSummary {
  chart: ChartHeaderData;
  sections: { key: string; title: string; text: string }[];
  signedBy: string | null;
  contentSha256: string | null;
  integrity: 'unsigned' | 'verified' | 'mismatch';
  goals: { goalId: string; planId: string; progress: string; comment: string | null }[];
  addenda: { id: string; text: string; signedAt: string; signedBy: string; contentSha256: string }[];
  /** The sentences that came from AI drafts, with their labels: the author's only. */
  ai: NoteAi | null;
}

export type AiLabel = 'SUPPORTED' | 'CONTRADICTED' | 'UNSUPPORTED';
export type ConfirmReason = 'accurate_as_written' | 'source_incomplete' | 'other_documented';
export type RiskPolarity = 'present' | 'denied';

export interface NoteAiSentence {
  n: number;
  section: string;
  text: string;
  label: AiLabel;
  reasons: string[];
  risk: string[];
  riskPolarity: RiskPolarity | null;
  present: boolean;
  blocking: boolean;
  confirmed: ConfirmReason | null;
}

export interface NoteAi {
  drafts: { id: string; provider: string; model: string; usedAt: string }[];
  sentences: NoteAiSentence[];
  omittedRisks: { category: string; polarity: RiskPolarity }[];
}

export type PlanStatus = 'draft' | 'active' | 'completed' | 'discontinued';

export interface PlanSummary {
  id: string;
  currentVersion: number;
  status: string;
  reviewDate: string;
  diagnosisCodes: string[];
}

export interface PlanView {
  id: string;
  clientId: string;
  version: number;
  currentVersion: number;
  status: PlanStatus;
  reviewDate: string;
  createdAt: string;
  diagnoses: { code: string; description: string; primary: boolean }[];
  problems: {
    id: string;
    text: string;
    diagnosisCodes: string[];
    goals: { id: string; text: string; interventions: string[]; objectives: { id: string; text: string; targetDate: string }[] }[];
  }[];
}

export type Instrument = 'phq9' | 'gad7' | 'pcl5';

export interface InstrumentSpec {
  id: Instrument;
  title: string;
  items: number;
  itemMax: number;
  bands: { min: number; max: number; label: string }[];
  reliableChange: number;
  cutoff: number;
  source: string;
}

export interface Assessment {
  id: string;
  clientId: string;
  sessionId: string | null;
  instrument: Instrument;
  items: number[];
  total: number;
  severity: string;
  safetyFlag: boolean;
  administeredAt: string;
}

export interface Trend {
  instrument: Instrument;
  count: number;
  baseline: number | null;
  latest: number | null;
  change: number | null;
  category: 'recovered' | 'improved' | 'unchanged' | 'deteriorated' | null;
  reliableChange: boolean;
  clinicallySignificant: boolean;
  points: { at: string; total: number; severity: string }[];
}
