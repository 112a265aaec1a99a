import { z } from 'zod';

export const sessionParams = z.object({ sessionId: z.uuid() });
export const clientParams = z.object({ clientId: z.uuid() });

const fields = {
  startsAt: z.iso.datetime({ offset: true }),
  durationMinutes: z.number().int().min(1).max(600),
  serviceCode: z.string().regex(/^\d{5}$/, 'must be a five-digit CPT code'),
  modality: z.enum(['in_person', 'video', 'phone']),
  placeOfService: z.string().regex(/^\d{2}$/, 'must be a two-digit place-of-service code'),
  attendance: z.enum(['scheduled', 'attended', 'late_cancel', 'no_show']),
};

/** Without an attendance, a session in the future is scheduled and one whose time has come attended. */
export const createSessionBody = z.strictObject({ ...fields, attendance: fields.attendance.optional() });
export const updateSessionBody = z.strictObject({
  startsAt: fields.startsAt.optional(),
  durationMinutes: fields.durationMinutes.optional(),
  serviceCode: fields.serviceCode.optional(),
  modality: fields.modality.optional(),
  placeOfService: fields.placeOfService.optional(),
  attendance: fields.attendance.optional(),
});

export const therapySession = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  startsAt: z.string(),
  durationMinutes: z.number(),
  serviceCode: z.string(),
  modality: z.enum(['in_person', 'video', 'phone']),
  placeOfService: z.string(),
  attendance: z.enum(['scheduled', 'attended', 'late_cancel', 'no_show']),
});
export type TherapySession = z.infer<typeof therapySession>;

export const upcomingQuery = z.strictObject({
  /** First day shown (YYYY-MM-DD, the clinician's calendar day); today when absent. */
  from: z.iso.date().optional(),
  days: z.coerce.number().int().min(1).max(31).default(7),
});

export const upcomingSession = therapySession.extend({ clientLabel: z.string() });
