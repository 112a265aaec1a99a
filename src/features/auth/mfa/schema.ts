// Request shapes of the second-factor routes. Bodies are strict: an unknown field is a 400 that
// names the field. Messages describe the expected form and never repeat what was sent.
import { z } from 'zod';
import { RECOVERY_CODE_PATTERN } from './recovery.ts';
import { authenticationResponseSchema, registrationResponseSchema } from './webauthn.ts';

export const totpCode = z.string().regex(/^\d{6}$/, { message: 'must be the 6 digits shown by your authenticator app' });
const endOtherSessions = z.boolean().optional();

// nullish: a POST or DELETE without a body reaches validation as null.
export const emptyBody = z.strictObject({}).nullish();
export const codeBody = z.strictObject({ code: totpCode });
export const confirmBody = z.strictObject({ code: totpCode, endOtherSessions });
export const recoveryBody = z.strictObject({
  code: z.string().max(20).regex(RECOVERY_CODE_PATTERN, { message: 'must be a recovery code like ABCD-EFGH-JKLM' }),
});
export const factorChangeBody = z.strictObject({ endOtherSessions }).nullish();
export const stepUpBody = z.strictObject({ totpCode });

export const passkeyRegisterBody = z.strictObject({
  response: registrationResponseSchema,
  label: z.string().trim().min(1).max(100).optional(),
  endOtherSessions,
});
export const passkeyAssertionBody = z.strictObject({ response: authenticationResponseSchema });
export const passkeyIdParams = z.strictObject({
  id: z.string().min(1).max(1400).regex(/^[A-Za-z0-9_-]+$/, { message: 'must be a base64url credential id' }),
});

export const okResponse = z.object({ ok: z.literal(true) });
export const recoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()) });
export const factorsResponse = z.object({
  totp: z.object({ enabled: z.boolean(), confirmedAt: z.iso.datetime().nullable() }),
  passkeys: z.array(z.object({ id: z.string(), label: z.string().nullable(), createdAt: z.iso.datetime(), lastUsedAt: z.iso.datetime().nullable() })),
  recoveryCodesRemaining: z.number().int(),
});
