// Request and response shapes of deletion (R32, R33). Bodies are strict: an unknown field is refused.
import { z } from 'zod';

/**
 * Why a record holding signed notes is deleted: a fixed list of categories, recorded in the audit
 * trail (never free text). app.delete_signed_notes() (migration 0019) accepts the same list.
 */
export const DELETION_REASONS = ['retention_over', 'record_transferred', 'entered_in_error'] as const;
export type DeletionReason = (typeof DELETION_REASONS)[number];

export const deleteClientBody = z.strictObject({
  /** The client's label typed back (initials or pseudonym), as on the screen. */
  confirmation: z.string().max(200),
  /** Required when the client has signed notes. */
  reason: z.enum(DELETION_REASONS).optional(),
});
export type DeleteClientBody = z.output<typeof deleteClientBody>;

/** A session without signed notes needs nothing; with signed notes, what a client needs. */
export const deleteSessionBody = z
  .strictObject({
    confirmation: z.string().max(200).optional(),
    reason: z.enum(DELETION_REASONS).optional(),
  })
  .nullish();

export const deletionPreview = z.object({
  kind: z.enum(['client', 'session']),
  id: z.uuid(),
  /** What the client is called on the screen: the text to type back when a confirmation is asked. */
  confirmWith: z.string(),
  signedNotes: z.number().int(),
  /** True when deleting needs a fresh second factor, the typed confirmation and a reason. */
  needsConfirmation: z.boolean(),
  /** Rows that would go, per kind of record. */
  counts: z.record(z.string(), z.number()),
});
export type DeletionPreview = z.infer<typeof deletionPreview>;

export const deletionReceipt = z.object({
  status: z.literal('deleted'),
  counts: z.record(z.string(), z.number()),
});
