// What every provider is asked, and the shape of what it must answer. The same payload goes to
// the local drafter and to the models, so one verifier checks them all.
import { z } from 'zod';
import { NOTE_TEMPLATES, type NoteFormat } from '../notes/templates.ts';

export const PROGRESS = ['regressed', 'no_change', 'some_progress', 'significant_progress', 'achieved'] as const;
export type Progress = (typeof PROGRESS)[number];

export interface PromptPayload {
  format: NoteFormat;
  sourceKind: 'bullets' | 'free_text' | 'transcript';
  sections: Array<{ key: string; title: string; guidance: string }>;
  /** Segment ids s1…; text pseudonymised for remote providers. */
  segments: Array<{ id: string; text: string; speaker?: string }>;
  /** Plan goals, with short ids g1… (the real ids stay here). */
  goals: Array<{ id: string; text: string }>;
}

export function buildPayload(format: NoteFormat, sourceKind: PromptPayload['sourceKind'], segments: PromptPayload['segments'], goals: PromptPayload['goals']): PromptPayload {
  return {
    format,
    sourceKind,
    sections: NOTE_TEMPLATES[format].sections.map((s) => ({ key: s.key, title: s.title, guidance: s.guidance })),
    segments,
    goals,
  };
}

export const SYSTEM_PROMPT = [
  'You draft a psychotherapy progress note for a licensed clinician, who will review, edit and sign it.',
  'The user message is JSON: the note format with its sections, the source segments (the clinician\'s bullets, free text or a session transcript), each with an id, and the treatment-plan goals, each with an id.',
  'Rules:',
  '1. Use only what the segments say. Never add facts, observations, diagnoses, quotes or risk statements that no segment states.',
  '2. Do not write "denies SI/HI", "no safety concerns" or anything about suicide, homicide, self-harm, abuse or substance use unless a segment says it.',
  '3. Every sentence lists in sourceIds the ids of the segments it rests on. A sentence without a source is not allowed.',
  '4. Quote the client only with words that appear verbatim in a segment.',
  '5. Placeholders such as [NAME-1] or [DATE-2] stand for removed identifiers: copy them exactly, never guess what they stand for.',
  '6. Use professional clinical phrasing, third person ("Client reported …"), one claim per sentence.',
  '7. goalSuggestions: the plan goals this session addressed, each with a progress rating and the ids of the segments showing it. Leave a goal out when no segment speaks to it.',
  'Answer with JSON only, matching the schema.',
].join('\n');

/** JSON Schema for structured output. Strict-mode compatible: every property required, no extras. */
export const ANSWER_JSON_SCHEMA: Record<string, unknown> = {
  type: 'object',
  additionalProperties: false,
  required: ['sections', 'goalSuggestions'],
  properties: {
    sections: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'sentences'],
        properties: {
          key: { type: 'string' },
          sentences: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['text', 'sourceIds'],
              properties: { text: { type: 'string' }, sourceIds: { type: 'array', items: { type: 'string' } } },
            },
          },
        },
      },
    },
    goalSuggestions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['goalId', 'progress', 'sourceIds'],
        properties: {
          goalId: { type: 'string' },
          progress: { type: 'string', enum: [...PROGRESS] },
          sourceIds: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
};

// Lenient on purpose: a model that drops sourceIds gets its sentences marked unsupported, not
// its whole answer thrown away.
const ids = z.array(z.string().max(20)).max(200).catch([]);
export const answerSchema = z.object({
  sections: z
    .array(
      z.object({
        key: z.string().max(40),
        sentences: z.array(z.object({ text: z.string().max(5000), sourceIds: ids.default([]) })).max(500),
      }),
    )
    .max(20),
  goalSuggestions: z
    .array(z.object({ goalId: z.string().max(20), progress: z.enum(PROGRESS).catch('no_change'), sourceIds: ids.default([]) }))
    .max(50)
    .default([]),
});
export type Answer = z.infer<typeof answerSchema>;

/** Parses a provider's answer; null when it is not JSON of the expected shape. */
export function parseAnswer(text: string): Answer | null {
  let json: unknown;
  try {
    // Some OpenAI-compatible servers wrap JSON in a code fence despite the schema.
    json = JSON.parse(text.trim().replace(/^```(?:json)?\s*/i, '').replace(/\s*```$/, ''));
  } catch {
    return null;
  }
  const r = answerSchema.safeParse(json);
  return r.success ? r.data : null;
}
