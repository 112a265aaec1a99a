// Cancelling a practice in a real browser against a real Tacet on a test clock (issue 18, R10,
// R34, R45): the owner cancels (typed name), sees the cancelled-practice screen, restores,
// cancels again, exports during the grace period; the grace period passes on the test clock, the
// sweep and the purge run, and a copy of the practice's sealed rows taken just before the purge
// opens with no key the keyring still holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { registerJobs } from '../../src/features/jobs.ts';
import { PURGE_SWEEP } from '../../src/features/cancellation/purge.ts';
import { GRACE_MS } from '../../src/features/cancellation/policy.ts';
import { copySealed, openableWithKeyring, type SealedCopy } from '../../src/features/cancellation/shred.ts';
import { SYSTEM_PRACTICE_ID, systemContext, withTenant } from '../../src/db/tenant.ts';
import { TestClock } from '../clock.ts';
import { axe, newContext, prerequisites, screenshot, signUpOwner, startTacet, totpCode, watch, type Tacet } from './harness.ts';

const missing = prerequisites();
if (missing !== null && process.env.CI === 'true') throw new Error(`browser tests cannot run: ${missing}`);
if (missing !== null) console.warn(`web e2e skipped: ${missing}`);
const EMAIL = 'dr.cancel@example.test';
const PRACTICE = 'Cancel Test Counseling';

let t: Tacet;
let clock: TestClock;
let ctx: BrowserContext;
let page: Page;
let secret = '';
let problems: string[] = [];

async function runJobs(): Promise<void> {
  while (await t.runtime.jobs.runOnce()) {
    /* every due job */
  }
}

/** Confirms the second factor when the step-up prompt appears (it may not, right after sign-in). */
async function stepUpIfAsked(done: () => Promise<void>): Promise<void> {
  const prompt = page.getByLabel('Code from your authenticator app');
  const which = await Promise.race([prompt.waitFor().then(() => 'prompt' as const), done().then(() => 'done' as const)]);
  if (which === 'prompt') {
    await prompt.fill(totpCode(secret));
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await done();
  }
}

async function practiceId(): Promise<string> {
  return withTenant(t.runtime.db, systemContext(SYSTEM_PRACTICE_ID), async (trx) => (await trx.selectFrom('practices').select('id').where('name', '=', PRACTICE).executeTakeFirstOrThrow()).id);
}
async function lifecycle(id: string): Promise<string> {
  return withTenant(t.runtime.db, systemContext(id), async (trx) => (await trx.selectFrom('practices').select('lifecycle').where('id', '=', id).executeTakeFirstOrThrow()).lifecycle);
}

async function cancelInUi(): Promise<void> {
  await page.goto('/practice');
  await page.getByRole('heading', { name: 'Cancel the practice' }).waitFor();
  await page.getByLabel('Type the practice name to confirm').fill(PRACTICE);
  await page.getByRole('button', { name: 'Cancel the practice' }).click();
  await stepUpIfAsked(() => page.getByRole('heading', { name: 'This practice is cancelled' }).waitFor());
}

describe.skipIf(missing !== null)('cancelling a practice, end to end', () => {
  beforeAll(async () => {
    clock = new TestClock();
    t = await startTacet({ clock });
    registerJobs(t.runtime); // jobs are run by the test, one at a time
    ctx = await newContext(t);
    page = await ctx.newPage();
    problems = watch(page);
    ({ secret } = await signUpOwner(t, page, { name: 'Casey Cancel', email: EMAIL, practice: PRACTICE }));
    await page.goto('/clients');
    await page.getByLabel('Pseudonym', { exact: true }).fill('Juniper');
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.getByRole('heading', { name: 'Client Juniper' }).waitFor();
    // A note, sealed by the server, so the shredding check has clinical ciphertext to try.
    const clientId = /\/clients\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    const session = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
    const note = await page.request.post(`/api/clients/${clientId}/notes`, {
      headers: { 'x-csrf-token': session.csrfToken },
      data: { format: 'soap', sections: { subjective: 'Synthetic sentence for the shredding check.', objective: 'Calm.', assessment: 'Stable.', plan: 'Weekly.' } },
    });
    expect(note.status()).toBe(201);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('R10 R34 the owner cancels: every screen becomes the cancelled-practice screen; restoring brings the practice back', async () => {
    await cancelInUi();
    await screenshot(page, 'cancel-01-cancelled');
    expect(await axe(page), 'axe on the cancelled-practice screen').toEqual([]);
    // Any other screen: the same refusal.
    await page.goto('/clients');
    await page.getByRole('heading', { name: 'This practice is cancelled' }).waitFor();
    const api = await page.request.get('/api/clients');
    expect(api.status()).toBe(423);

    await page.getByRole('button', { name: 'Restore the practice' }).click();
    await stepUpIfAsked(() => page.getByRole('heading', { name: 'This practice is cancelled' }).waitFor({ state: 'detached' }));
    await page.goto('/clients');
    await page.getByRole('heading', { name: 'Clients', exact: true }).waitFor();
    await page.getByText('Juniper').first().waitFor();
    expect(await lifecycle(await practiceId())).toBe('active');
  });

  it('R10 R09 cancelled again, the owner can still export during the grace period', async () => {
    await cancelInUi();
    await page.getByRole('link', { name: 'Export the records' }).click();
    await page.getByRole('heading', { name: 'Export' }).waitFor();
    await page.getByLabel('What to export').selectOption('mine');
    await page.getByRole('button', { name: 'Start export' }).click();
    await stepUpIfAsked(() => page.getByRole('progressbar', { name: 'Export progress' }).or(page.getByRole('link', { name: 'Download the archive' })).first().waitFor());
    await runJobs();
    await page.getByRole('link', { name: 'Download the archive' }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'cancel-02-export-during-grace');
  });

  it('R10 R34 R45 after the grace period the practice is purged; a copy of its sealed rows taken before opens with no key', async () => {
    const id = await practiceId();
    clock.advance(GRACE_MS + 60_000);
    // The session is gone with the grace period's time; the sign-in screen is all that is left.
    await page.goto('/clients');
    await page.getByRole('heading', { name: /sign in/i }).waitFor();

    await t.runtime.jobs.schedule(PURGE_SWEEP, 600);
    expect(await t.runtime.jobs.runOnce()).toBe(true); // the sweep: the purge is queued, nothing deleted yet
    expect(await lifecycle(id)).toBe('purging');
    // A copy of the rows as a dump would hold them, taken just before the purge runs.
    const copy: SealedCopy[] = await withTenant(t.runtime.db, systemContext(id), (trx) => copySealed(trx, id));
    expect(copy.some((c) => c.table === 'notes')).toBe(true);
    expect((await openableWithKeyring(t.runtime.crypto, copy)).length).toBe(copy.length);

    await runJobs();
    expect(await lifecycle(id)).toBe('purged');
    expect(await openableWithKeyring(t.runtime.crypto, copy)).toEqual([]);
    // The owner's account went with the practice (it belonged to no other).
    const users = await withTenant(t.runtime.db, systemContext(), (trx) => trx.selectFrom('users').select('id').where('email', '=', EMAIL).execute());
    expect(users).toEqual([]);
    expect(problems).toEqual([]);
  });
});
