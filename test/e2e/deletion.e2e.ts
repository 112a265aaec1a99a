// Deletion in a real browser against a real Tacet (issue 18, R32, R33): a solo therapist deletes a
// session through the app's confirmation dialog, then a client holding a signed note through the
// deletion dialog: the export is offered, the reason is chosen, the label typed back, and the
// second factor asked again inside the dialog. The record is seeded through the same API the app
// uses (the browser's own session and CSRF token).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { registerJobs } from '../../src/features/jobs.ts';
import { axe, newContext, prerequisites, screenshot, staleStepUp, signUpOwner, startTacet, totpCode, type Tacet } from './harness.ts';

const missing = prerequisites();
if (missing !== null && process.env.CI === 'true') throw new Error(`browser tests cannot run: ${missing}`);
if (missing !== null) console.warn(`web e2e skipped: ${missing}`);
const EMAIL = 'dr.deletion@example.test';
const LABEL = 'Juniper';

let t: Tacet;
let ctx: BrowserContext;
let page: Page;
let secret = '';
let lastTotpStep = 0;
let clientId = '';

/** A code from the next time step: a code is accepted once, so the enrolment's cannot be reused. */
async function freshTotp(): Promise<string> {
  while (Math.floor(Date.now() / 30_000) <= lastTotpStep) await new Promise((r) => setTimeout(r, 250));
  lastTotpStep = Math.floor(Date.now() / 30_000);
  return totpCode(secret);
}

async function apiCall(req: APIRequestContext, method: 'post' | 'put', url: string, data: unknown): Promise<{ id: string }> {
  const csrf = ((await (await req.get('/api/auth/session')).json()) as { csrfToken: string }).csrfToken;
  const res = await req[method](url, { data, headers: { 'x-csrf-token': csrf } });
  expect(res.status(), `${method} ${url}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as { id: string };
}

describe.skipIf(missing !== null)('deletion, end to end', () => {
  beforeAll(async () => {
    t = await startTacet();
    registerJobs(t.runtime);
    t.runtime.jobs.start();
    ctx = await newContext(t);
    page = await ctx.newPage();
    ({ secret, step: lastTotpStep } = await signUpOwner(t, page, { name: 'Dana Deletion', email: EMAIL, practice: 'Deletion Counseling' }));
    await page.goto('/clients');
    await page.getByLabel('Pseudonym', { exact: true }).fill(LABEL);
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.getByRole('heading', { name: `Client ${LABEL}` }).waitFor();
    clientId = new URL(page.url()).pathname.split('/').pop() ?? '';
    // Two past sessions: the first with a transcript and a signed note, the second with a draft.
    const session = (startsAt: string) =>
      apiCall(ctx.request, 'post', `/api/clients/${clientId}/sessions`, { startsAt, durationMinutes: 45, serviceCode: '90834', modality: 'in_person', placeOfService: '11' });
    const s1 = (await session('2026-03-02T15:00:00Z')).id;
    const s2 = (await session('2026-03-09T15:00:00Z')).id;
    await apiCall(ctx.request, 'put', `/api/sessions/${s1}/transcript`, { text: 'Counsellor: How was the week?\nClient: A calmer synthetic week.' });
    const soap = { subjective: 'Reports a calmer synthetic week.', objective: 'Engaged.', assessment: 'Improving.', plan: 'Continue weekly.' };
    const note = await apiCall(ctx.request, 'post', `/api/clients/${clientId}/notes`, { format: 'soap', sessionId: s1, sections: soap });
    await apiCall(ctx.request, 'post', `/api/notes/${note.id}/sign`, {});
    await apiCall(ctx.request, 'post', `/api/clients/${clientId}/notes`, { format: 'dap', sessionId: s2 });
    await page.reload();
    await page.getByRole('heading', { name: `Client ${LABEL}` }).waitFor();
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('R32 deletes a session through the confirmation dialog; it leaves the list with its draft note', async () => {
    const sessions = page.getByRole('region', { name: 'Sessions' });
    const deleteButtons = sessions.getByRole('button', { name: /^Delete the session of/ });
    await expect(deleteButtons.count()).resolves.toBe(2);
    // The newest session (listed first) holds only a draft note: a plain confirmation suffices.
    await deleteButtons.first().click();
    const dialog = page.getByRole('dialog', { name: 'Delete this session?' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('1 note');
    await screenshot(page, 'deletion-01-session-confirm');
    expect(await axe(page), 'axe on the session confirmation').toEqual([]);
    await dialog.getByRole('button', { name: 'Delete session' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => deleteButtons.count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: /^DAP note/ }).count()).toBe(0);
  });

  it('R33 deletes a client with a signed note: export offered, reason, label typed back, second factor asked inside the dialog', async () => {
    await page.getByRole('button', { name: 'Delete client…' }).click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`^Delete client ${LABEL}`) });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('1 signed');
    // R11: the client's export is offered first, built and downloadable from the dialog.
    await dialog.getByRole('button', { name: 'Export this client’s record' }).click();
    const download = dialog.getByRole('link', { name: 'Download the client’s export' });
    await download.waitFor({ timeout: 60_000 });
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toMatch(/^tacet-export-client-.*\.zip$/);
    await staleStepUp(t, EMAIL);
    const submit = dialog.getByRole('button', { name: 'Delete client for good' });
    await expect(submit.isDisabled()).resolves.toBe(true);
    await dialog.getByLabel('Reason for deleting signed notes').selectOption({ label: 'Entered in error' });
    await dialog.getByLabel(`Type ${LABEL} to confirm`).fill('Junipe');
    await expect(submit.isDisabled()).resolves.toBe(true);
    await dialog.getByLabel(`Type ${LABEL} to confirm`).fill(LABEL);
    await screenshot(page, 'deletion-02-client-dialog');
    expect(await axe(page), 'axe on the deletion dialog').toEqual([]);
    await submit.click();
    // The second factor is old: the server asks again, and the prompt appears inside the dialog.
    await dialog.getByText('This is a security setting: confirm it is you.').waitFor();
    await dialog.getByLabel('Code from your authenticator app').fill(await freshTotp());
    await dialog.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.getByRole('heading', { name: 'Clients', exact: true }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: new RegExp(LABEL) }).count()).toBe(0);
    await screenshot(page, 'deletion-03-client-gone');
    await page.goto(`/clients/${clientId}`);
    await page.getByRole('alert').waitFor();
  });
});
