// Retention in a real browser (R16): the owner places a legal hold on a client with a reason
// category, sees the practice's schedule and the dry run of the daily job (the held client is
// listed as kept), lengthens a period behind a fresh second factor, and lifts the hold through
// the app's confirmation dialog. Every step is checked in the audit trail as a category, no text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { systemContext, withTenant } from '../../src/db/tenant.ts';
import { axe, newContext, prerequisites, screenshot, staleStepUp, signUpOwner, startTacet, totpCode, watch, type Tacet } from './harness.ts';

const missing = prerequisites();
if (missing !== null && process.env.CI === 'true') throw new Error(`browser tests cannot run: ${missing}`);
if (missing !== null) console.warn(`web e2e skipped: ${missing}`);
const EMAIL = 'dr.retention@example.test';

let t: Tacet;
let ctx: BrowserContext;
let page: Page;
let problems: string[];
let secret = '';
let lastTotpStep = 0;
let clientId = '';

async function freshTotp(): Promise<string> {
  while (Math.floor(Date.now() / 30_000) <= lastTotpStep) await new Promise((r) => setTimeout(r, 250));
  lastTotpStep = Math.floor(Date.now() / 30_000);
  return totpCode(secret);
}

/** The practice's hold and schedule events, oldest first (one transaction after the other: the embedded database has one connection). */
async function auditActions(): Promise<Array<{ action: string; metadata: unknown }>> {
  const practiceId = await withTenant(t.runtime.db, systemContext(), async (trx) =>
    (await trx.selectFrom('users').innerJoin('memberships', 'memberships.user_id', 'users.id').select('memberships.practice_id').where('users.email', '=', EMAIL).executeTakeFirstOrThrow()).practice_id,
  );
  const rows = await withTenant(t.runtime.db, systemContext(practiceId), (trx) =>
    trx.selectFrom('audit_events').select(['action', 'metadata']).where((eb) => eb.or([eb('action', 'like', 'client.legal_hold%'), eb('action', '=', 'retention.schedule_update')])).orderBy('occurred_at').execute(),
  );
  return rows.map((r) => ({ action: r.action, metadata: typeof r.metadata === 'string' ? (JSON.parse(r.metadata) as unknown) : r.metadata }));
}

describe.skipIf(missing !== null)('retention, end to end', () => {
  beforeAll(async () => {
    t = await startTacet();
    ctx = await newContext(t);
    page = await ctx.newPage();
    problems = watch(page);
    ({ secret, step: lastTotpStep } = await signUpOwner(t, page, { name: 'Rhea Retention', email: EMAIL, practice: 'Retention Counseling' }));
    await page.goto('/clients');
    await page.getByLabel('Pseudonym', { exact: true }).fill('Juniper');
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.getByRole('heading', { name: 'Client Juniper' }).waitFor();
    clientId = new URL(page.url()).pathname.split('/').pop() ?? '';
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('R16 places a legal hold on a client with a reason category', async () => {
    const card = page.getByRole('region', { name: 'Legal hold' });
    await card.getByLabel('Reason').selectOption({ label: 'Subpoena' });
    await card.getByRole('button', { name: 'Place a legal hold' }).click();
    await card.getByText(/^Legal hold placed on Juniper/).waitFor();
    await card.getByText(/On hold/).waitFor();
    expect(await card.textContent()).toContain('Subpoena');
    expect(await axe(page), 'axe on the client page with a hold').toEqual([]);
    await screenshot(page, 'retention-01-hold');
  });

  it('R16 the owner sees the schedule, the hold count and the dry run listing the held client as kept', async () => {
    await page.goto('/practice');
    const card = page.getByRole('region', { name: 'Record retention' });
    await card.getByText('1 client is on hold now', { exact: false }).waitFor();
    await card.getByRole('cell', { name: '6 years from the client\'s last service date' }).waitFor();
    await card.getByText('Nothing is due in that time.').waitFor(); // a year ahead: nothing
    await card.getByLabel('Show records').selectOption({ label: 'due within ten years' });
    const row = card.getByRole('row', { name: /Client 1/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Kept: legal hold');
    expect(await row.getByRole('link').getAttribute('href')).toBe(`/clients/${clientId}`);
    expect(await card.textContent()).not.toContain('Juniper'); // ids and dates only
    expect(await axe(page), 'axe on the practice page').toEqual([]);
    await screenshot(page, 'retention-02-schedule');
  });

  it('R16 lengthening a period asks for the second factor again; shorter than the minimum is refused by the form', async () => {
    const card = page.getByRole('region', { name: 'Record retention' });
    const years = card.getByLabel('Clinical records, years after the last service');
    expect(await years.getAttribute('min')).toBe('6');
    await years.fill('8');
    await staleStepUp(t, EMAIL);
    await card.getByRole('button', { name: 'Save retention periods' }).click();
    await card.getByText('This is a security setting: confirm it is you.').waitFor();
    await card.getByLabel('Code from your authenticator app').fill(await freshTotp());
    await card.getByRole('button', { name: 'Confirm', exact: true }).click();
    await card.getByText('Retention periods saved.').waitFor();
    await card.getByRole('cell', { name: '8 years from the client\'s last service date' }).waitFor();
  });

  it('R16 lifts the hold after the confirmation dialog; the audit trail holds categories only', async () => {
    await page.goto(`/clients/${clientId}`);
    const card = page.getByRole('region', { name: 'Legal hold' });
    await card.getByRole('button', { name: 'Lift the legal hold' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lift the legal hold?' });
    await dialog.getByRole('button', { name: 'Lift the hold' }).click();
    await card.getByText('Legal hold lifted.').waitFor();
    await card.getByRole('button', { name: 'Place a legal hold' }).waitFor();
    const events = await auditActions();
    expect(events.map((e) => e.action)).toEqual(['client.legal_hold_set', 'retention.schedule_update', 'client.legal_hold_clear']);
    expect(events[0]?.metadata).toEqual({ reason: 'subpoena' });
    expect(JSON.stringify(events)).not.toContain('Juniper');
    expect(problems).toEqual([]);
  });
});
