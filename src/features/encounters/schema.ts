import { z } from 'zod';

export const sessionParams = z.object({ sessionId: z.uuid() });
export const clientParams = z.object({ clientId: z.uuid() });

const fields = {
  startsAt: z.iso.datetime({ offset: true }),
  durationMinutes: z.number().int().min(1).max(600),
  serviceCode: z.string().regex(/^\d{5}$/, 'must be a five-digit CPT code'),
  modality: z.enum(['in_person', 'video', 'phone']),
  placeOfService: z.string().regex(/^\d{2}$/, 'must be a two-digit place-of-service code'),
  attendance: z.enum(['attended', 'late_cancel', 'no_show']),
};

export const createSessionBody = z.strictObject({ ...fields, attendance: fields.attendance.default('attended') });
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
  attendance: z.enum(['attended', 'late_cancel', 'no_show']),
});
export type TherapySession = z.infer<typeof therapySession>;
