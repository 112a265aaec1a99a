// The archive's FHIR R4 Bundle (type 'collection'), resource by resource. Tests validate it
// against the official FHIR R4 JSON schema. Codes:
//   notes        Composition, type LOINC 11506-3 "Progress note"; process notes carry text only
//   sessions     Encounter, type CPT (the session's service code)
//   measures     QuestionnaireResponse (items) + Observation (total):
//                PHQ-9 panel 44249-1, total 44261-6; GAD-7 panel 69737-5, total 70274-6;
//                PCL-5 total 91006-2 (PCL-5 has no panel code here; its questionnaire is named by a Tacet URN)
//   diagnoses    Condition, ICD-10-CM
//   plans        CarePlan + Goal
//   signatures   Provenance (author's signature, and the co-signer as verifier)
// A client is a Patient with the label (initials or pseudonym) and birth year only (R18).
import type { ClientRow, Clinician, ExportNote, ExportPlan, SessionRow, AssessmentRow } from './collect.ts';
import { icd10 } from '../plans/icd10.ts';
import { SPECS, type Instrument } from '../assessments/scoring.ts';

export type Resource = Record<string, unknown> & { resourceType: string; id: string };

const LOINC = 'http://loinc.org';
const ref = (type: string, id: string) => ({ reference: `${type}/${id}` });

export const MEASURE_CODES: Readonly<Record<Instrument, { panel: string | null; total: string; totalDisplay: string }>> = {
  phq9: { panel: '44249-1', total: '44261-6', totalDisplay: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]' },
  gad7: { panel: '69737-5', total: '70274-6', totalDisplay: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]' },
  pcl5: { panel: null, total: '91006-2', totalDisplay: 'PTSD Checklist for DSM-5 (PCL-5) total score' },
};

/** Narrative XHTML for free text: escaped, one paragraph per line. */
export function xhtml(text: string): string {
  const esc = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paras = esc.split(/\r?\n/).filter((l) => l.trim() !== '');
  return `<div xmlns="http://www.w3.org/1999/xhtml">${paras.length === 0 ? '<p/>' : paras.map((p) => `<p>${p}</p>`).join('')}</div>`;
}

export function patient(c: ClientRow): Resource {
  return {
    resourceType: 'Patient',
    id: c.id,
    identifier: [{ system: 'urn:tacet:client-label', value: c.label }],
    active: c.status === 'active',
    ...(c.birth_year !== null ? { birthDate: String(c.birth_year) } : {}),
  };
}

export function practitioner(p: Clinician): Resource {
  return {
    resourceType: 'Practitioner',
    id: p.id,
    name: [{ text: p.name }],
    ...(p.credential !== null ? { qualification: [{ code: { text: p.credential } }] } : {}),
  };
}

export function encounter(s: SessionRow): Resource {
  const end = new Date(s.starts_at.getTime() + s.duration_minutes * 60_000);
  return {
    resourceType: 'Encounter',
    id: s.id,
    status: s.attendance === 'attended' ? 'finished' : 'cancelled',
    class: s.modality === 'in_person'
      ? { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' }
      : { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'VR', display: 'virtual' },
    type: [{ coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: s.service_code }] }],
    subject: ref('Patient', s.client_id),
    participant: [{ individual: ref('Practitioner', s.owner_id) }],
    period: { start: s.starts_at.toISOString(), end: end.toISOString() },
    length: { value: s.duration_minutes, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' },
  };
}

export function composition(n: ExportNote): Resource {
  const sections = n.sections.map((s) => ({ title: s.title, text: { status: 'generated', div: xhtml(s.text) } }));
  for (const a of n.addenda) sections.push({ title: `Addendum ${a.signedAt}`, text: { status: 'generated', div: xhtml(a.text) } });
  return {
    resourceType: 'Composition',
    id: n.id,
    status: n.status === 'signed' ? (n.addenda.length > 0 ? 'amended' : 'final') : 'preliminary',
    type: n.kind === 'progress'
      ? { coding: [{ system: LOINC, code: '11506-3', display: 'Progress note' }] }
      : { text: 'Psychotherapy (process) note' },
    subject: ref('Patient', n.clientId),
    ...(n.sessionId !== null ? { encounter: ref('Encounter', n.sessionId) } : {}),
    date: n.signedAt ?? n.createdAt,
    author: [ref('Practitioner', n.ownerId)],
    title: n.kind === 'progress' ? `Progress note (${n.format.toUpperCase()})` : 'Psychotherapy note',
    ...(n.status === 'signed' && n.signedBy !== null
      ? { attester: [{ mode: 'legal', time: n.signedAt, party: ref('Practitioner', n.signedBy) }, ...(n.cosignerId !== null && n.cosignedAt !== null ? [{ mode: 'professional', time: n.cosignedAt, party: ref('Practitioner', n.cosignerId) }] : [])] }
      : {}),
    section: sections,
  };
}

/** The signature of a signed note (and its co-signature) as a Provenance. */
export function provenance(n: ExportNote): Resource | undefined {
  if (n.status !== 'signed' || n.signedAt === null || n.signedBy === null) return undefined;
  const signature = (who: string, when: string, code: string, display: string) => ({
    type: [{ system: 'urn:iso-astm:E1762-95:2013', code, display }],
    when,
    who: ref('Practitioner', who),
    // The content hash recorded at signing (SHA-256 over the note's canonical form), base64.
    ...(n.contentSha256 !== null ? { sigFormat: 'application/octet-stream', data: Buffer.from(n.contentSha256, 'hex').toString('base64') } : {}),
  });
  return {
    resourceType: 'Provenance',
    id: `sig-${n.id}`,
    target: [ref('Composition', n.id)],
    recorded: n.signedAt,
    agent: [
      { type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type', code: 'author' }] }, who: ref('Practitioner', n.signedBy) },
      ...(n.cosignerId !== null && n.cosignedAt !== null ? [{ type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type', code: 'verifier' }] }, who: ref('Practitioner', n.cosignerId) }] : []),
    ],
    signature: [
      signature(n.signedBy, n.signedAt, '1.2.840.10065.1.12.1.1', "Author's Signature"),
      ...(n.cosignerId !== null && n.cosignedAt !== null ? [signature(n.cosignerId, n.cosignedAt, '1.2.840.10065.1.12.1.5', 'Verification Signature')] : []),
    ],
  };
}

const planStatus = { draft: 'draft', active: 'active', completed: 'completed', discontinued: 'revoked' } as const;

/** A plan's current version: its diagnoses (Condition), goals (Goal) and the CarePlan tying them. */
export function planResources(p: ExportPlan): Resource[] {
  const v = p.versions.find((x) => x.version === p.currentVersion) ?? p.versions.at(-1);
  if (v === undefined) return [];
  const out: Resource[] = [];
  const conditionIds: string[] = [];
  for (const d of v.snapshot.diagnoses) {
    const id = `${p.id}-${d.code.replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 64);
    conditionIds.push(id);
    out.push({
      resourceType: 'Condition',
      id,
      clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
      verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }] },
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item' }] }],
      code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: d.code, ...(icd10(d.code) !== undefined ? { display: icd10(d.code)?.description } : {}) }] },
      subject: ref('Patient', p.clientId),
      recorder: ref('Practitioner', p.ownerId),
    });
  }
  const goalIds: string[] = [];
  for (const problem of v.snapshot.problems) {
    for (const g of problem.goals) {
      goalIds.push(g.id);
      const due = g.objectives.map((o) => o.targetDate).sort().at(-1);
      out.push({
        resourceType: 'Goal',
        id: g.id,
        lifecycleStatus: v.status === 'completed' ? 'completed' : v.status === 'discontinued' ? 'cancelled' : 'active',
        description: { text: g.text },
        subject: ref('Patient', p.clientId),
        ...(due !== undefined ? { target: [{ dueDate: due }] } : {}),
        note: g.objectives.map((o) => ({ text: `Objective: ${o.text} (target ${o.targetDate})` })),
      });
    }
  }
  out.push({
    resourceType: 'CarePlan',
    id: p.id,
    status: planStatus[v.status as keyof typeof planStatus] ?? 'unknown',
    intent: 'plan',
    title: `Treatment plan, version ${v.version}`,
    description: v.snapshot.problems.map((x) => x.text).join('\n'),
    subject: ref('Patient', p.clientId),
    author: ref('Practitioner', p.ownerId),
    created: v.createdAt,
    addresses: conditionIds.map((id) => ref('Condition', id)),
    goal: goalIds.map((id) => ref('Goal', id)),
    activity: v.snapshot.problems.flatMap((x) => x.goals.flatMap((g) => g.interventions.map((i) => ({ detail: { status: 'in-progress', description: i } })))),
  });
  return out;
}

/** A measure as its answers (QuestionnaireResponse) and its total (Observation). */
export function measureResources(a: AssessmentRow): Resource[] {
  const codes = MEASURE_CODES[a.instrument];
  const spec = SPECS[a.instrument];
  const when = a.administered_at.toISOString();
  return [
    {
      resourceType: 'QuestionnaireResponse',
      id: `qr-${a.id}`,
      questionnaire: codes.panel !== null ? `http://loinc.org/q/${codes.panel}` : `urn:tacet:questionnaire:${a.instrument}`,
      status: 'completed',
      subject: ref('Patient', a.client_id),
      ...(a.session_id !== null ? { encounter: ref('Encounter', a.session_id) } : {}),
      authored: when,
      author: ref('Practitioner', a.owner_id),
      item: [
        ...a.items.map((v, i) => ({ linkId: String(i + 1), answer: [{ valueInteger: v }] })),
        { linkId: 'total', text: spec.title, answer: [{ valueInteger: a.total }] },
      ],
    },
    {
      resourceType: 'Observation',
      id: a.id,
      status: 'final',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }] }],
      code: { coding: [{ system: LOINC, code: codes.total, display: codes.totalDisplay }], text: spec.title },
      subject: ref('Patient', a.client_id),
      ...(a.session_id !== null ? { encounter: ref('Encounter', a.session_id) } : {}),
      effectiveDateTime: when,
      performer: [ref('Practitioner', a.owner_id)],
      valueInteger: a.total,
      interpretation: [{ text: a.severity }],
      derivedFrom: [ref('QuestionnaireResponse', `qr-${a.id}`)],
    },
  ];
}

export const BUNDLE_HEAD = (id: string, at: Date): string =>
  `{"resourceType":"Bundle","id":"${id}","meta":{"lastUpdated":"${at.toISOString()}"},"type":"collection","timestamp":"${at.toISOString()}","entry":[`;

// References are relative (Patient/<id>); entries carry no fullUrl, which a collection allows.
export const entry = (r: Resource) => ({ resource: r });
