// A practitioner leaves a practice, in a real browser (issue 18, item 6): the owner closes the
// account after the app's own dialog says what is lost, confirms with the second factor, sees the
// automatic access to the departed member's client, reads a signed note (names as placeholders),
// transfers the client to another practitioner; the departed member cannot sign in again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axe, linkAndEnrol, linkFor, newContext, prerequisites, screenshot, staleStepUp, signUpOwner, startTacet, totpCode, watch, type Tacet } from './harness.ts';

const missing = prerequisites();
if (missing !== null && process.env.CI === 'true') throw new Error(`browser tests cannot run: ${missing}`);
if (missing !== null) console.warn(`web e2e skipped: ${missing}`);

const OWNER = 'dr.owner.leave@example.test';
const LEAVER = 'lee.leaver@example.test';
const HEIR = 'hana.heir@example.test';
const PERIOD_MS = 30_000;

let t: Tacet;
let ctx: BrowserContext;
let page: Page;
let problems: string[];
let ownerSecret = '';
let ownerEnrolledStep = 0;
let clientUrl = '';
let noteUrl = '';

async function check(p: Page, name: string): Promise<void> {
  await p.waitForLoadState('networkidle');
  await screenshot(p, name);
  expect(await axe(p), `axe on ${name}`).toEqual([]);
}

/** Finishes a sign-in link and enrols an authenticator app; returns the app's secret. */
async function invite(email: string): Promise<void> {
  await page.goto('/practice');
  await page.getByRole('textbox', { name: 'Email address' }).fill(email);
  await page.getByLabel('Role').selectOption('practitioner');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await page.getByText('Invitation sent.', { exact: false }).waitFor();
}

describe.skipIf(missing !== null)('a practitioner leaves, end to end', () => {
  beforeAll(async () => {
    t = await startTacet();
    ctx = await newContext(t);
    page = await ctx.newPage();
    problems = watch(page);
    ({ secret: ownerSecret, step: ownerEnrolledStep } = await signUpOwner(t, page, { name: 'Olive Owner', email: OWNER, practice: 'Leave Test Group' }));
    await invite(LEAVER);
    await invite(HEIR);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('R02 R19 the practitioner who will leave keeps a client and signs a note naming someone', async () => {
    const ctx2 = await newContext(t);
    const p2 = await ctx2.newPage();
    await linkAndEnrol(p2, await linkFor(t, LEAVER));
    await p2.getByRole('heading', { name: 'Clients', exact: true }).waitFor();
    await p2.getByLabel('Pseudonym', { exact: true }).fill('Willow');
    await p2.getByRole('button', { name: 'Add client' }).click();
    await p2.getByRole('heading', { name: /^Client Willow/ }).waitFor();
    clientUrl = new URL(p2.url()).pathname;
    await p2.getByRole('button', { name: 'Start note' }).click();
    await p2.getByLabel('Subjective').fill('Talked about Synthia Testperson and the move across town.');
    await p2.getByLabel('Objective', { exact: true }).fill('Calm and engaged.');
    await p2.getByLabel('Assessment').fill('Stable; no risk indicators.');
    await p2.getByLabel('Plan', { exact: true }).fill('Continue weekly.');
    await p2.getByRole('button', { name: /Save draft/ }).click();
    await p2.getByText(/^Draft saved at/).waitFor();
    await p2.getByRole('button', { name: 'Sign note' }).click();
    const dialog = p2.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Sign note', exact: true }).click();
    await p2.getByText('Content verified against the hash recorded at signing.').waitFor();
    await p2.getByText('Synthia Testperson', { exact: false }).first().waitFor();
    noteUrl = new URL(p2.url()).pathname;
    await ctx2.close();
    // The colleague who will take over signs in once, so they are an active practitioner.
    const ctx3 = await newContext(t);
    const p3 = await ctx3.newPage();
    await linkAndEnrol(p3, await linkFor(t, HEIR));
    await p3.getByRole('heading', { name: 'Clients', exact: true }).waitFor();
    await ctx3.close();
  }, 120_000);

  it('R34 R45 R19 the owner closes the account: the dialog warns that names become placeholders; step-up confirms', async () => {
    await staleStepUp(t, OWNER);
    await page.goto('/practice');
    await page.getByRole('button', { name: 'Close account of lee.leaver' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('[NAME-1]', { exact: false }).waitFor();
    await dialog.getByText('can no longer sign in', { exact: false }).waitFor();
    await check(page, 'leave-01-confirm');
    await dialog.getByRole('button', { name: 'Close account', exact: true }).click();
    await page.getByText('This is a security setting: confirm it is you.').waitFor();
    // A code from a fresh 30-second step: the one used at enrolment is never accepted twice.
    const wait = (ownerEnrolledStep + 1) * PERIOD_MS - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait + 200));
    await page.getByLabel('Code from your authenticator app').fill(totpCode(ownerSecret));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('account is closed', { exact: false }).waitFor();
    await page.getByRole('cell', { name: 'Left the practice' }).waitFor();
  }, 90_000);

  it('R22 R24 the owner sees the automatic access and reads the departed member’s signed note, with placeholders', async () => {
    await page.getByRole('heading', { name: 'Members who left' }).waitFor();
    await page.getByText('Automatic access until transfer:', { exact: false }).waitFor();
    await check(page, 'leave-02-departures');
    await page.getByRole('link', { name: /Willow/ }).click();
    await page.getByRole('heading', { name: /^Client Willow/ }).waitFor();
    await page.goto(noteUrl);
    await page.getByText('[NAME-1]', { exact: false }).first().waitFor();
    expect(await page.getByText('Synthia Testperson', { exact: false }).count()).toBe(0);
    await check(page, 'leave-03-owner-reads');
  });

  it('R22 R24 the owner transfers the client to another practitioner; the automatic access ends', async () => {
    await page.goto('/practice');
    await page.getByLabel('Practitioner to take over Willow', { exact: false }).selectOption({ label: 'hana.heir' });
    await page.getByRole('button', { name: /^Transfer/ }).click();
    await page.getByText('is now in the care of', { exact: false }).waitFor();
    await page.getByText('All clients transferred (1).').waitFor();
    await check(page, 'leave-04-transferred');
    await page.goto(clientUrl);
    await page.getByRole('alert').waitFor();
    expect(await page.getByText('Willow').count()).toBe(0);
  });

  it('R34 R26 the departed member cannot sign in: no link is sent', async () => {
    const before = t.smtp.messages.filter((m) => m.to.includes(LEAVER)).length;
    const ctx4 = await newContext(t);
    const p4 = await ctx4.newPage();
    await p4.goto('/signin');
    await p4.getByLabel('Email address').fill(LEAVER);
    await p4.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await p4.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    await t.runtime.background.idle();
    expect(t.smtp.messages.filter((m) => m.to.includes(LEAVER)).length).toBe(before);
    await ctx4.close();
    expect(problems).toEqual([]);
  });
});
