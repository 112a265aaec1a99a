import { z } from 'zod';

export const clientParams = z.object({ clientId: z.uuid() });

const items = (n: number, max: number) => z.array(z.number().int().min(0).max(max)).length(n);
// Issue 16: a measure belongs to a session or a date. Without administeredAt it takes its
// session's start; an earlier date may be entered, a future one may not.
const common = { administeredAt: z.iso.datetime({ offset: true }).optional(), sessionId: z.uuid().nullable().optional() };

// One schema per instrument, so an out-of-range answer is named by its item: body.items.8.
export const createAssessmentBody = z.discriminatedUnion('instrument', [
  z.strictObject({ instrument: z.literal('phq9'), items: items(9, 3), ...common }),
  z.strictObject({ instrument: z.literal('gad7'), items: items(7, 3), ...common }),
  z.strictObject({ instrument: z.literal('pcl5'), items: items(20, 4), ...common }),
]);

export const assessmentView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  sessionId: z.uuid().nullable(),
  instrument: z.enum(['phq9', 'gad7', 'pcl5']),
  items: z.array(z.number()),
  total: z.number(),
  severity: z.string(),
  safetyFlag: z.boolean(),
  administeredAt: z.string(),
});

export const trendView = z.object({
  instrument: z.enum(['phq9', 'gad7', 'pcl5']),
  count: z.number(),
  baseline: z.number().nullable(),
  latest: z.number().nullable(),
  change: z.number().nullable(),
  category: z.enum(['recovered', 'improved', 'unchanged', 'deteriorated']).nullable(),
  reliableChange: z.boolean(),
  clinicallySignificant: z.boolean(),
  points: z.array(z.object({ at: z.string(), total: z.number(), severity: z.string() })),
});
