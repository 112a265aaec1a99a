// Service codes and places of service for therapy sessions, as data.
// CPT® psychotherapy codes (AMA CPT, Psychiatry section 90785–90899) and CMS Place of Service
// codes (https://www.cms.gov/medicare/coding-billing/place-of-service-codes/code-sets).

export interface ServiceCode {
  code: string;
  title: string;
  /** CPT time rule for timed psychotherapy codes: face-to-face minutes, inclusive. */
  minutes?: { min: number; max?: number };
}

export const SERVICE_CODES: readonly ServiceCode[] = [
  { code: '90791', title: 'Psychiatric diagnostic evaluation' },
  { code: '90792', title: 'Psychiatric diagnostic evaluation with medical services' },
  { code: '90832', title: 'Psychotherapy, 30 minutes with patient', minutes: { min: 16, max: 37 } },
  { code: '90834', title: 'Psychotherapy, 45 minutes with patient', minutes: { min: 38, max: 52 } },
  { code: '90837', title: 'Psychotherapy, 60 minutes with patient', minutes: { min: 53 } },
  { code: '90839', title: 'Psychotherapy for crisis, first 60 minutes', minutes: { min: 30, max: 74 } },
  { code: '90846', title: 'Family psychotherapy without the patient present, 50 minutes', minutes: { min: 26 } },
  { code: '90847', title: 'Family psychotherapy with the patient present, 50 minutes', minutes: { min: 26 } },
  { code: '90849', title: 'Multiple-family group psychotherapy' },
  { code: '90853', title: 'Group psychotherapy (other than multiple-family group)' },
];

export const PLACES_OF_SERVICE: Readonly<Record<string, string>> = {
  '02': 'Telehealth provided other than in patient’s home',
  '03': 'School',
  '10': 'Telehealth provided in patient’s home',
  '11': 'Office',
  '12': 'Home',
  '22': 'On campus-outpatient hospital',
  '53': 'Community mental health center',
  '99': 'Other place of service',
};

const TELEHEALTH_POS = new Set(['02', '10']);

/** Checks that code, duration, modality and place agree; returns the field at fault and why. */
export function checkSessionCoding(s: {
  serviceCode: string;
  durationMinutes: number;
  modality: 'in_person' | 'video' | 'phone';
  placeOfService: string;
  attendance: 'scheduled' | 'attended' | 'late_cancel' | 'no_show';
}): { field: string; reason: string } | undefined {
  const code = SERVICE_CODES.find((c) => c.code === s.serviceCode);
  if (code === undefined) return { field: 'body.serviceCode', reason: 'is not a supported psychotherapy service code' };
  if (!(s.placeOfService in PLACES_OF_SERVICE)) return { field: 'body.placeOfService', reason: 'is not a supported place-of-service code' };
  const remote = s.modality !== 'in_person';
  if (remote !== TELEHEALTH_POS.has(s.placeOfService)) {
    return { field: 'body.placeOfService', reason: remote ? 'must be 02 or 10 for a telehealth session' : 'cannot be a telehealth code for an in-person session' };
  }
  // An auditor checks billed time against the code: only sessions that took place are held to it.
  if (s.attendance === 'attended' && code.minutes !== undefined) {
    const { min, max } = code.minutes;
    if (s.durationMinutes < min || (max !== undefined && s.durationMinutes > max)) {
      return { field: 'body.durationMinutes', reason: `does not match the time range of service code ${code.code}` };
    }
  }
  return undefined;
}

/** What happened at a session; only known once its time has come. */
export type Outcome = 'attended' | 'late_cancel' | 'no_show';

/**
 * Issue 16: a session in the future can only be scheduled. Its outcome (attended, late cancel,
 * no-show) is recorded once its start time has come. Returns the error to give, or undefined.
 */
export function checkAttendanceTime(startsAt: Date, attendance: 'scheduled' | Outcome, now: Date): { field: string; reason: string } | undefined {
  if (attendance !== 'scheduled' && startsAt.getTime() > now.getTime()) {
    return { field: 'body.attendance', reason: 'cannot be recorded before the session has started; a future session is scheduled' };
  }
  return undefined;
}
