// Progress-note formats as data (R03). A template is an ordered list of sections, each with a
// stable key (the API field), a title and guidance for the clinician. Adding a format is adding
// an entry here; nothing else in the code knows the sections by name.

export interface TemplateSection {
  key: string;
  title: string;
  guidance: string;
}

export interface NoteTemplate {
  format: NoteFormat;
  title: string;
  sections: readonly TemplateSection[];
}

export const NOTE_FORMATS = ['soap', 'dap', 'birp', 'girp', 'pie', 'free'] as const;
export type NoteFormat = (typeof NOTE_FORMATS)[number];

const plan: TemplateSection = {
  key: 'plan',
  title: 'Plan',
  guidance: 'Next steps: homework, next session date and focus, referrals, changes to the treatment plan.',
};

export const NOTE_TEMPLATES: Readonly<Record<NoteFormat, NoteTemplate>> = {
  soap: {
    format: 'soap',
    title: 'SOAP',
    sections: [
      { key: 'subjective', title: 'Subjective', guidance: "The client's report: presenting concerns, mood, symptoms, events since the last session, in their words where useful." },
      { key: 'objective', title: 'Objective', guidance: 'What you observed: appearance, affect, behaviour, mental status, measure scores (e.g. PHQ-9).' },
      { key: 'assessment', title: 'Assessment', guidance: 'Your clinical interpretation: progress toward goals, risk, diagnostic impressions.' },
      plan,
    ],
  },
  dap: {
    format: 'dap',
    title: 'DAP',
    sections: [
      { key: 'data', title: 'Data', guidance: 'Subjective and objective information from the session: what the client said and what you observed.' },
      { key: 'assessment', title: 'Assessment', guidance: 'Your interpretation of the data: progress, functioning, risk, response to treatment.' },
      plan,
    ],
  },
  birp: {
    format: 'birp',
    title: 'BIRP',
    sections: [
      { key: 'behavior', title: 'Behavior', guidance: "The client's presentation and reported behaviour, related to treatment-plan problems." },
      { key: 'intervention', title: 'Intervention', guidance: 'The interventions you used (e.g. CBT cognitive restructuring, DBT skills coaching) and why.' },
      { key: 'response', title: 'Response', guidance: "The client's response to the interventions, and progress toward goals." },
      plan,
    ],
  },
  girp: {
    format: 'girp',
    title: 'GIRP',
    sections: [
      { key: 'goals', title: 'Goals', guidance: 'The treatment-plan goals and objectives this session addressed.' },
      { key: 'intervention', title: 'Intervention', guidance: 'What you did to help the client toward those goals.' },
      { key: 'response', title: 'Response', guidance: "The client's response and progress on each goal." },
      plan,
    ],
  },
  pie: {
    format: 'pie',
    title: 'PIE',
    sections: [
      { key: 'problem', title: 'Problem', guidance: 'The problem from the treatment plan addressed in this session, with current symptoms.' },
      { key: 'intervention', title: 'Intervention', guidance: 'The interventions used for that problem.' },
      { key: 'evaluation', title: 'Evaluation', guidance: "The client's response and progress; what will change next." },
    ],
  },
  free: {
    format: 'free',
    title: 'Free-form',
    sections: [{ key: 'body', title: 'Note', guidance: 'Free-form narrative. Structured formats are easier to audit against the treatment plan.' }],
  },
};

/** The section keys of a format, in template order. */
export function sectionKeys(format: NoteFormat): string[] {
  return NOTE_TEMPLATES[format].sections.map((s) => s.key);
}
