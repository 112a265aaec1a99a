// Words for people (R25, issue 16). The API answers with a stable code and a message that names
// the field for developers ("body.durationMinutes: does not match the time range of service code
// 90837"); this one table turns what a person can cause into a sentence that names the field as
// the form calls it and says what to do. The API keeps its codes; screens never show raw paths.

/** What each form calls a request field. */
const FIELD_WORDS: Record<string, string> = {
  'body.startsAt': 'Date and time',
  'body.durationMinutes': 'Minutes',
  'body.serviceCode': 'Service code',
  'body.modality': 'Modality',
  'body.placeOfService': 'Place of service',
  'body.attendance': 'Attendance',
  'body.name': 'Name',
  'body.pseudonym': 'Pseudonym',
  'body.birthYear': 'Year of birth',
  'body.pronouns': 'Pronouns',
  'body.contactNotes': 'Contact notes',
  'body.knownPeople': 'People in the client’s life',
  'body.sessionId': 'Session',
  'body.serviceDate': 'Date of service',
  'body.administeredAt': 'Date given',
  'body.cosignerId': 'Co-signer',
  'body.reviewDate': 'Review date',
  'body.diagnoses': 'Diagnoses',
  'body.goals': 'Goals addressed',
  'body.email': 'Email',
  'body.licenseState': 'License state',
  'body.licenseType': 'License type',
  'body.licenseNumber': 'License number',
  'body.licenseExpiresOn': 'License expires on',
  'body.text': 'Text',
  'body.items': 'Answers',
  code: 'Code',
  totpCode: 'Code',
  'body.code': 'Code',
  'body.totpCode': 'Code',
};

/** Sentences for a field and the server's reason, when the reason is one a person can act on. */
const FIELD_SENTENCES: Array<{ field: RegExp; reason: RegExp; say: (reason: RegExpMatchArray, field: RegExpMatchArray) => string }> = [
  {
    field: /^body\.durationMinutes$/,
    reason: /time range of service code (\d{5})/,
    say: (m) => `The minutes do not fit service code ${m[1] ?? ''}. Change “Minutes”, or choose the service code that matches the time spent.`,
  },
  { field: /^body\.placeOfService$/, reason: /telehealth session/, say: () => 'A video or phone session needs a telehealth place of service (02 or 10). Change “Place of service”.' },
  { field: /^body\.placeOfService$/, reason: /in-person session/, say: () => 'An in-person session cannot have a telehealth place of service (02 or 10). Change “Place of service”.' },
  { field: /^body\.serviceCode$/, reason: /./, say: () => 'Choose a service code from the list.' },
  { field: /^body\.startsAt$/, reason: /./, say: () => 'Enter the date and time of the session.' },
  { field: /^body\.name$/, reason: /pseudonym/, say: () => 'This pseudonym cannot be used. Choose another name that is not the client’s.' },
  { field: /^body\.name$/, reason: /letter/, say: () => 'Enter a name with at least one letter. Tacet keeps only the initials.' },
  { field: /^body\.sessionId$/, reason: /not one of this client/, say: () => 'Choose one of this client’s sessions.' },
  { field: /^body\.cosignerId$/, reason: /other than the author/, say: () => 'Choose a co-signer other than yourself.' },
  { field: /^body\.cosignerId$/, reason: /not a practitioner/, say: () => 'Choose a co-signer who is a practitioner of this practice.' },
  { field: /^body\.goals/, reason: /not a goal/, say: () => 'A goal in this note is no longer in the client’s current treatment plan. Reload the note and choose again.' },
  { field: /^body\.diagnoses$/, reason: /twice/, say: () => 'A diagnosis is listed twice. Remove one of them.' },
  { field: /^body\.diagnoses$/, reason: /primary/, say: () => 'Mark only one diagnosis as primary.' },
  { field: /^body\.licenseState$/, reason: /./, say: () => 'Enter the license state as its two-letter code, for example TX.' },
  { field: /^sections\.(\w+)$/, reason: /must be written before/, say: (_r, f) => `Write the ${sectionWords(f[1] ?? '')} section before signing.` },
  { field: /^body\.items/, reason: /./, say: () => 'Answer every item with one of the choices shown.' },
];

/** Sentences by error code, for errors that are not about one field. */
const CODE_SENTENCES: Record<string, string> = {
  session_in_future:
    'This session has not taken place yet. Keep it as “Scheduled”, and record whether the client attended once its time has come.',
  date_in_future: 'The date cannot be in the future. Choose today or an earlier day.',
  code_already_used: 'That code was just used. Wait for the next code in your authenticator app, then enter it.',
  invalid_code: 'That code is not right, or it has expired. Check the code in your authenticator app and try again.',
  conflict: 'This was changed at the same time somewhere else. Reload the page and try again.',
  csrf_failed: 'The page is out of date. Reload it and try again.',
  note_signed: 'This note is signed and cannot be changed. Add an addendum instead.',
  rate_limited: 'Too many attempts in a short time. Wait a minute, then try again.',
};

function sectionWords(key: string): string {
  return key.replace(/_/g, ' ');
}

/** A field path as its form calls it (falls back to the last part of the path, in words). */
export function fieldWords(field: string): string {
  const known = FIELD_WORDS[field];
  if (known !== undefined) return known;
  const last = field.split('.').filter((p) => !/^\d+$/.test(p)).pop() ?? field;
  const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The sentence to show for an API error: a specific one when known, else the server's message
 * with its field path replaced by the form's words ("Minutes: must be a number").
 */
export function sentenceFor(code: string, message: string): string {
  const m = /^((?:body|params|query|sections|ai|response|code|totpCode)(?:\.[\w]+)*): (.*)$/s.exec(message);
  if (m !== null) {
    const [, field = '', reason = ''] = m;
    for (const s of FIELD_SENTENCES) {
      const f = s.field.exec(field);
      const r = s.reason.exec(reason);
      if (f !== null && r !== null) return s.say(r, f);
    }
    const byCode = CODE_SENTENCES[code];
    if (byCode !== undefined) return byCode;
    return `${fieldWords(field)}: ${reason.replace(/\.$/, '')}.`;
  }
  return CODE_SENTENCES[code] ?? message;
}
