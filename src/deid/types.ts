// Public types of the de-identification engine (issue 6; R35, R36, R37).

/** The 18 HIPAA Safe Harbor categories (45 CFR 164.514(b)(2)), by the names Tacet uses. */
export type PhiType =
  | 'NAME'
  | 'GEO'
  | 'DATE'
  | 'AGE'
  | 'PHONE'
  | 'FAX'
  | 'EMAIL'
  | 'SSN'
  | 'MRN'
  | 'HEALTH_PLAN'
  | 'ACCOUNT'
  | 'LICENSE'
  | 'VEHICLE'
  | 'DEVICE'
  | 'URL'
  | 'IP'
  | 'BIOMETRIC'
  | 'PHOTO'
  | 'OTHER_ID';

export const PHI_TYPES: readonly PhiType[] = [
  'NAME', 'GEO', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN', 'HEALTH_PLAN', 'ACCOUNT',
  'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'BIOMETRIC', 'PHOTO', 'OTHER_ID',
];

export type TopicType = `TOPIC:${string}`;
export type SpanType = PhiType | TopicType;

/** A detected identifier or sensitive sentence: UTF-16 offsets into the input, end exclusive. */
export interface Span {
  start: number;
  end: number;
  type: SpanType;
}

export type BuiltinTopic = 'immigration' | 'sexual' | 'abuse';

export interface CustomTopic {
  name: string;
  /** Matched case-insensitively on word boundaries. */
  phrases?: string[];
  /** JavaScript regular-expression sources, compiled with the `iu` flags. Invalid ones are ignored. */
  patterns?: string[];
}

export interface DeidContext {
  /** Client pseudonym and initials, clinician names, the client's known people: always caught. */
  knownNames?: string[];
  /** Active built-in topics (R37: each practice chooses). */
  topics?: string[];
  customTopics?: CustomTopic[];
}
