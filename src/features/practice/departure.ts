// A practitioner leaves a practice (issue 18, item 6; R34 for a member's account, R19, R45, R24).
//
// Leaving keeps the records and ends the person's access:
//   1. one transaction (system context, because it changes another user's row, their sessions
//      and their memberships, which only the server's own code may do): the memberships here
//      become departed; a transfer of care is opened for each client they held (the owner's
//      automatic grant, migration 0021); if they belong to no other practice, the account
//      closes (users.departed_at + disabled_at: sign-in refused) and every session ends;
//   2. after the commit, their personal key scope is destroyed (R45): the names they kept apart
//      in their notes (R19) are placeholders for everyone, for good. The keyring is not the
//      database, so this cannot share the transaction; asking again for a departed member
//      repeats only this step (destroy is idempotent), which finishes an interrupted departure.
// A transfer of care moves one client and its upcoming sessions to an active practitioner;
// everything written before keeps its author, and the new practitioner reads it (0021).
import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Runtime } from '../../platform/runtime.ts';
import { audit } from '../../audit/audit.ts';
import { systemContext, withTenant, type TenantContext, type Tx } from '../../db/tenant.ts';
import { HttpError, badRequest, notFound } from '../../http/errors.ts';
import { revokeUserSessions } from '../auth/sessions.ts';
import { displayLabel } from '../clients/queries.ts';

export interface DepartureResult {
  status: 'departed';
  accountClosed: boolean;
  clientsToTransfer: number;
  sessionsEnded: number;
  keysDestroyed: number;
}

const now = sql<Date>`app.tacet_now()`;

/** Closes `userId`'s membership of the actor's practice; see the header. */
export async function departMember(runtime: Runtime, actor: TenantContext, userId: string): Promise<DepartureResult> {
  const self = userId === actor.userId;
  // The owner closes anyone's membership; a member closes only their own (another id answers
  // like an unknown one: the route admits practitioners, so a refusal would tell ids apart).
  if (!self && !actor.roles.includes('owner')) throw notFound('member');
  const sys = systemContext(actor.practiceId, { requestId: actor.requestId, ip: actor.ip, userAgent: actor.userAgent });
  const done = await withTenant(runtime.db, sys, async (trx) => {
    const rows = await trx.selectFrom('memberships').select(['role', 'disabled_at', 'departed_at']).where('practice_id', '=', actor.practiceId).where('user_id', '=', userId).execute();
    if (rows.length === 0) throw notFound('member');
    const user = await trx.selectFrom('users').select(['departed_at']).where('id', '=', userId).executeTakeFirstOrThrow();
    if (rows.every((r) => r.departed_at !== null)) {
      // Already departed: only the key destruction may be outstanding (see the header).
      return { accountClosed: user.departed_at !== null, clients: 0, sessions: 0, repeat: true };
    }
    if (rows.some((r) => r.role === 'owner' && r.disabled_at === null)) await requireAnotherOwner(trx, actor.practiceId, userId);

    await trx
      .updateTable('memberships')
      .set({ disabled_at: sql<Date>`coalesce(disabled_at, app.tacet_now())`, departed_at: now })
      .where('practice_id', '=', actor.practiceId)
      .where('user_id', '=', userId)
      .where('departed_at', 'is', null)
      .execute();
    const clients = await openTransfers(trx, actor.practiceId, userId);

    const elsewhere = await trx
      .selectFrom('memberships')
      .select('practice_id')
      .where('user_id', '=', userId)
      .where('practice_id', '<>', actor.practiceId)
      .where('disabled_at', 'is', null)
      .where('departed_at', 'is', null)
      .executeTakeFirst();
    const accountClosed = elsewhere === undefined;
    let sessions: number;
    if (accountClosed) {
      await trx.updateTable('users').set({ departed_at: now, disabled_at: sql<Date>`coalesce(disabled_at, app.tacet_now())` }).where('id', '=', userId).execute();
      sessions = await revokeUserSessions(trx, userId);
    } else {
      // Still a member elsewhere: their account and personal key stay; only this practice ends.
      const r = await trx.updateTable('sessions').set({ revoked_at: now }).where('user_id', '=', userId).where('practice_id', '=', actor.practiceId).where('revoked_at', 'is', null).executeTakeFirst();
      sessions = Number(r.numUpdatedRows);
    }
    await audit(trx, actor, {
      action: 'member.depart',
      resourceType: 'user',
      resourceId: userId,
      metadata: { self, accountClosed, clients, sessions },
    });
    return { accountClosed, clients, sessions, repeat: false };
  });

  let keysDestroyed = 0;
  if (done.accountClosed) {
    // R45, R19: after this, nothing sealed under their personal key opens again.
    keysDestroyed = await runtime.crypto.destroy('user', userId);
    if (!done.repeat || keysDestroyed > 0) {
      await withTenant(runtime.db, actor, (trx) => audit(trx, actor, { action: 'user.keys.destroy', resourceType: 'user', resourceId: userId, metadata: { keys: keysDestroyed } }));
    }
  }
  return { status: 'departed', accountClosed: done.accountClosed, clientsToTransfer: done.clients, sessionsEnded: done.sessions, keysDestroyed };
}

async function requireAnotherOwner(trx: Tx, practiceId: string, leaving: string): Promise<void> {
  const other = await trx
    .selectFrom('memberships')
    .select('user_id')
    .where('practice_id', '=', practiceId)
    .where('role', '=', 'owner')
    .where('user_id', '<>', leaving)
    .where('disabled_at', 'is', null)
    .where('departed_at', 'is', null)
    .executeTakeFirst();
  if (other === undefined) throw new HttpError(409, 'last_owner', 'The practice needs another active owner before this owner can leave. Invite or appoint one first.');
}

/** One open transfer of care per client the leaving member holds: the owner's automatic grant. */
async function openTransfers(trx: Tx, practiceId: string, userId: string): Promise<number> {
  const held = await trx.selectFrom('clients').select('id').where('practice_id', '=', practiceId).where('owner_id', '=', userId).execute();
  if (held.length === 0) return 0;
  await trx
    .insertInto('care_transfers')
    .values(held.map((c) => ({ id: crypto.randomUUID(), practice_id: practiceId, client_id: c.id, from_user_id: userId, to_user_id: null, transferred_at: null, transferred_by: null })))
    .execute();
  return held.length;
}

/** An owner hands one client of a departed member to an active practitioner. */
export async function transferClient(trx: Tx, ctx: TenantContext, fromUserId: string, clientId: string, toUserId: string): Promise<{ sessionsMoved: number }> {
  const open = await trx.selectFrom('care_transfers').select(['id', 'from_user_id']).where('client_id', '=', clientId).where('to_user_id', 'is', null).executeTakeFirst();
  // Unknown, not awaiting a transfer, or another member's client: the same answer.
  if (open === undefined || open.from_user_id !== fromUserId) throw notFound('client awaiting transfer');
  await requireActivePractitioner(trx, ctx.practiceId, fromUserId, toUserId);
  const moved = await trx.updateTable('clients').set({ owner_id: toUserId, updated_at: now }).where('id', '=', clientId).where('owner_id', '=', fromUserId).executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) throw notFound('client awaiting transfer');
  // Sessions still to come go with the client; those held already stay with who held them.
  const s = await trx
    .updateTable('therapy_sessions')
    .set({ owner_id: toUserId, updated_at: now })
    .where('client_id', '=', clientId)
    .where('owner_id', '=', fromUserId)
    .where('starts_at', '>=', now)
    .executeTakeFirst();
  await trx.updateTable('care_transfers').set({ to_user_id: toUserId, transferred_at: now, transferred_by: ctx.userId }).where('id', '=', open.id).execute();
  const sessionsMoved = Number(s.numUpdatedRows);
  await audit(trx, ctx, { action: 'care.transfer', resourceType: 'client', resourceId: clientId, metadata: { from: fromUserId, to: toUserId, sessions: sessionsMoved } });
  return { sessionsMoved };
}

async function requireActivePractitioner(trx: Tx, practiceId: string, fromUserId: string, toUserId: string): Promise<void> {
  if (toUserId === fromUserId) throw badRequest('body.toUserId', 'is the member who left; choose another practitioner');
  const roles = await trx.selectFrom('memberships').select(['role', 'disabled_at', 'departed_at']).where('practice_id', '=', practiceId).where('user_id', '=', toUserId).execute();
  if (roles.length === 0) throw badRequest('body.toUserId', 'is not a member of this practice');
  if (roles.some((r) => r.departed_at !== null)) throw badRequest('body.toUserId', 'has left the practice; choose an active practitioner');
  if (!roles.some((r) => r.role === 'practitioner')) throw badRequest('body.toUserId', 'is not a practitioner; only a practitioner can take over a client');
  if (!roles.some((r) => r.role === 'practitioner' && r.disabled_at === null)) throw badRequest('body.toUserId', 'is disabled; choose an active practitioner');
}

export interface DepartureView {
  userId: string;
  name: string;
  departedAt: string;
  accountClosed: boolean;
  transferred: number;
  clients: Array<{ clientId: string; displayLabel: string; openedAt: string }>;
}

/** Departed members of the practice and the clients still waiting for a transfer (owners). */
export async function listDepartures(trx: Tx, practiceId: string): Promise<DepartureView[]> {
  const people = await trx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.departed_at as account_departed_at', (eb) => eb.fn.min('m.departed_at').as('departed_at')])
    .where('m.practice_id', '=', practiceId)
    .where('m.departed_at', 'is not', null)
    .groupBy(['u.id', 'u.name', 'u.departed_at'])
    .orderBy('u.name')
    .execute();
  if (people.length === 0) return [];
  const transfers = await trx
    .selectFrom('care_transfers as t')
    .leftJoin('clients as c', 'c.id', 't.client_id')
    .select(['t.from_user_id', 't.client_id', 't.to_user_id', 't.opened_at', 'c.label', 'c.client_number'])
    .where('t.practice_id', '=', practiceId)
    .where('t.from_user_id', 'in', people.map((p) => p.id))
    .orderBy('c.client_number')
    .execute();
  return people.map((p) => {
    const mine = transfers.filter((t) => t.from_user_id === p.id);
    return {
      userId: p.id,
      name: p.name,
      departedAt: new Date(p.departed_at as Date).toISOString(),
      accountClosed: p.account_departed_at !== null,
      transferred: mine.filter((t) => t.to_user_id !== null).length,
      clients: mine
        .filter((t) => t.to_user_id === null && t.label !== null && t.client_number !== null)
        .map((t) => ({ clientId: t.client_id, displayLabel: displayLabel(t.label as string, t.client_number as number), openedAt: t.opened_at.toISOString() })),
    };
  });
}
