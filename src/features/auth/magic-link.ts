// Magic-link sign-in (R26). A link holds 256 random bits, is stored only as a SHA-256 hash,
// expires after 15 minutes and works once: consuming it is one UPDATE … WHERE consumed_at IS NULL,
// so two simultaneous clicks cannot both win. The link points at a page whose script POSTs the
// token (it travels in the URL fragment, which browsers never send): a mail scanner that GETs the
// link neither uses it up nor gets a session.
import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Runtime } from '../../platform/runtime.ts';
import { systemContext, withTenant, type Tx } from '../../db/tenant.ts';
import { audit } from '../../audit/audit.ts';
import { hashToken } from './sessions.ts';

export const MAGIC_LINK_TTL_MS = 15 * 60 * 1000;

/**
 * A page of this app to return to after signing in: a path on this origin, of ids and plain
 * characters only. Not "//host", not a scheme, no backslash, no query: never an open redirect.
 * The same rule is a CHECK on magic_links.next_path (migration 0014).
 */
export const NEXT_PATH = /^\/(?:[A-Za-z0-9._~-][A-Za-z0-9._~/-]*)?$/;
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type LinkPurpose = 'signin' | 'signup' | 'invite' | 'email_change';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function publicOrigin(runtime: Runtime): string {
  const c = runtime.config;
  if (c.PUBLIC_URL !== undefined) return new URL(c.PUBLIC_URL).origin;
  const host = c.HOST === '0.0.0.0' || c.HOST === '::' ? 'localhost' : c.HOST.includes(':') ? `[${c.HOST}]` : c.HOST;
  return `${c.tls ? 'https' : 'http'}://${host}:${c.PORT}`;
}

export async function issueLink(
  trx: Tx,
  opts: {
    purpose: LinkPurpose;
    email: string;
    userId?: string | null;
    invitationId?: string | null;
    practiceId?: string | null;
    signupName?: string;
    signupPractice?: string;
    /** Where to go after signing in (a same-origin path, checked by NEXT_PATH). */
    nextPath?: string | null;
  },
): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  await trx
    .insertInto('magic_links')
    .values({
      token_hash: hashToken(token),
      purpose: opts.purpose,
      email: opts.email,
      user_id: opts.userId ?? null,
      invitation_id: opts.invitationId ?? null,
      practice_id: opts.practiceId ?? null,
      signup_name: opts.signupName ?? null,
      signup_practice: opts.signupPractice ?? null,
      next_path: opts.nextPath ?? null,
      // On the shared clock (app.tacet_now(), src/platform/clock.ts), like the check in consumeLink().
      expires_at: sql<Date>`app.tacet_now() + make_interval(secs => ${MAGIC_LINK_TTL_MS / 1000})`,
      consumed_at: null,
    })
    .execute();
  return token;
}

const SUBJECTS: Record<LinkPurpose, string> = {
  signin: 'Your Tacet sign-in link',
  signup: 'Finish creating your Tacet account',
  invite: 'You have been invited to Tacet',
  email_change: 'Confirm your new Tacet sign-in address',
};

const ACTIONS: Record<LinkPurpose, string> = {
  signin: 'sign in',
  signup: 'finish creating your account',
  invite: 'accept the invitation',
  email_change: 'make this your sign-in address (you then sign in with it)',
};

/** The email holds the link and generic words only: no names, no practice, no PHI (R25). */
export async function sendLink(runtime: Runtime, to: string, purpose: LinkPurpose, token: string): Promise<void> {
  const link = `${publicOrigin(runtime)}/auth/verify#token=${token}`;
  const action = ACTIONS[purpose];
  const text = [
    `Use this link to ${action}:`,
    '',
    link,
    '',
    'The link works once and expires in 15 minutes.',
    'If you did not ask for it, you can ignore this email.',
    '',
    '— Tacet',
  ].join('\n');
  await runtime.mailer.send({ to, subject: SUBJECTS[purpose], text, link });
}

/**
 * Tells the current address that a change of sign-in address was asked for — without naming the
 * new address (R25: the mail says what happened, not to whom) — so a takeover attempt is seen.
 */
export async function sendEmailChangeNotice(runtime: Runtime, to: string): Promise<void> {
  const text = [
    'Someone signed in to your Tacet account asked to change its sign-in email address.',
    'A confirmation link was sent to the new address; nothing changes until it is used.',
    '',
    'If this was not you, sign in, change your second factors and sign out everywhere, and tell',
    'your practice owner.',
    '',
    '— Tacet',
  ].join('\n');
  await runtime.mailer.send({ to, subject: 'A change of your Tacet sign-in address was requested', text });
}

/**
 * Per-address limit on links sent (R26), kept in memory per server. The answer to the caller is
 * the same whether a link was sent, suppressed or never applicable.
 */
export class EmailRateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly max = 5,
    private readonly windowMs = 15 * 60 * 1000,
  ) {}

  allow(email: string, now = Date.now()): boolean {
    const key = crypto.createHash('sha256').update(email).digest('base64');
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.max) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 100_000) this.hits.clear();
    return true;
  }
}

export interface ConsumedLink {
  purpose: LinkPurpose;
  email: string;
  userId: string | null;
  invitationId: string | null;
  practiceId: string | null;
  signupName: string | null;
  signupPractice: string | null;
  nextPath: string | null;
}

/** Marks the link used and returns it, or null when unknown, expired or already used. */
export async function consumeLink(runtime: Runtime, token: string, meta: { requestId: string; ip: string }): Promise<ConsumedLink | null> {
  const ctx = systemContext(undefined, { requestId: meta.requestId, ip: meta.ip });
  return withTenant(runtime.db, ctx, async (trx) => {
    const row = await trx
      .updateTable('magic_links')
      .set({ consumed_at: sql<Date>`app.tacet_now()` })
      .where('token_hash', '=', hashToken(token))
      .where('consumed_at', 'is', null)
      .where('expires_at', '>', sql<Date>`app.tacet_now()`)
      .returning(['purpose', 'email', 'user_id', 'invitation_id', 'practice_id', 'signup_name', 'signup_practice', 'next_path'])
      .executeTakeFirst();
    if (row === undefined) {
      await audit(trx, ctx, { action: 'auth.link.consume', outcome: 'failure' });
      return null;
    }
    return {
      purpose: row.purpose,
      email: row.email,
      userId: row.user_id,
      invitationId: row.invitation_id,
      practiceId: row.practice_id,
      signupName: row.signup_name,
      signupPractice: row.signup_practice,
      nextPath: row.next_path,
    };
  });
}
