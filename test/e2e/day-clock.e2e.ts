// The clinician's day without traps (issue 16), in a real browser against a real Tacet whose
// server and database run on one test clock: the lost-draft trap is gone (a draft used, edited,
// and "Back to the client" asks, saves, and keeps the text), and the idle timer counts the person,
// not the page (no input: signed out at the timeout, not later; input: extended; the unsaved text
// is there again once the same person signs back in, on the page they were on).
// The browser's timers move with playwright's clock and the server's with the TestClock, in step.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { systemContext, withTenant } from '../../src/db/tenant.ts';
import { TestClock } from '../clock.ts';
import { axe, linkFor, newContext, prerequisites, screenshot, startTacet, totpCode, watch, type Tacet } from './harness.ts';

const missing = prerequisites();
if (missing !== null && process.env.CI === 'true') throw new Error(`browser tests cannot run: ${missing}`);
if (missing !== null) console.warn(`web e2e skipped: ${missing}`);

const OWNER = 'dr.day.clock@example.test';
const PSEUDONYM = 'Larch';
const MINUTE = 60_000;

let t: Tacet;
let clock: TestClock;
let ctx: BrowserContext;
let page: Page;
let problems: string[];
let recoveryCodes: string[] = [];
let noteUrl = '';

async function check(p: Page, name: string): Promise<void> {
  await p.waitForLoadState('networkidle');
  await screenshot(p, name);
  expect(await axe(p), `axe on ${name}`).toEqual([]);
}

/** The owner's live session row, as the server sees it. */
async function liveSession(): Promise<{ last_seen_at: Date; revoked_at: Date | null } | undefined> {
  return withTenant(t.runtime.db, systemContext(), async (trx) => {
    const user = await trx.selectFrom('users').select('id').where('email', '=', OWNER).executeTakeFirstOrThrow();
    return trx.selectFrom('sessions').select(['last_seen_at', 'revoked_at']).where('user_id', '=', user.id).where('stage', '=', 'full').orderBy('created_at', 'desc').executeTakeFirst();
  });
}

describe.skipIf(missing !== null)('the clinician’s day without traps, on a test clock', () => {
  beforeAll(async () => {
    clock = new TestClock();
    t = await startTacet({ clock });
    ctx = await newContext(t);
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.url });
    page = await ctx.newPage();
    problems = watch(page);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('R38 recovery codes can be copied and downloaded; no favicon request fails', async () => {
    const notFound: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 404) notFound.push(new URL(r.url()).pathname);
    });
    await page.goto('/signup');
    await page.getByLabel('Your name').fill('Dr Day Clock');
    await page.getByLabel('Email address').fill(OWNER);
    await page.getByLabel('Practice name').fill('Clockwork Counseling');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    await page.goto((await linkFor(t, OWNER)).replace(/^https?:\/\/[^/]+/, ''));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Use an authenticator app' }).click();
    const secret = (await page.locator('code.secret').textContent()) ?? '';
    await page.getByLabel('Code shown by the app').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
    recoveryCodes = await page.locator('.recovery-codes li').allInnerTexts();
    expect(recoveryCodes.length).toBeGreaterThan(5);
    await page.getByRole('button', { name: 'Copy the codes' }).click();
    await page.getByText('Copied.', { exact: false }).waitFor();
    const copied = await page.evaluate<string>('navigator.clipboard.readText()');
    for (const c of recoveryCodes) expect(copied).toContain(c.trim());
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as a text file' }).click()]);
    expect(download.suggestedFilename()).toBe('tacet-recovery-codes.txt');
    const file = fs.readFileSync(await download.path(), 'utf8');
    for (const c of recoveryCodes) expect(file).toContain(c.trim());
    await check(page, 'dc-01-recovery-codes');
    await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
    await page.getByLabel('I have read this agreement and accept it on behalf of the practice.').check();
    await page.getByRole('button', { name: 'Accept the agreement' }).click();
    await page.getByText(/^Accepted on/).waitFor();
    // The icon is inline, so no page asks for /favicon.ico (headless browsers may not ask anyway:
    // the link itself is checked too, on the app and on the sign-in link's page).
    expect(notFound.filter((p) => p.includes('favicon'))).toEqual([]);
    expect(await page.locator('link[rel="icon"][href^="data:image/svg+xml,"]').count()).toBe(1);
    const verifyHtml = await (await fetch(`${t.url}/auth/verify`)).text();
    expect(verifyHtml).toContain('<link rel="icon" type="image/svg+xml" href="data:image/svg+xml,');
  });

  it('R03 R39 the lost-draft trap is gone: a used AI draft, edited, is kept when leaving — asked first, saved, or saved by itself', async () => {
    // AI drafting with the local drafter (nothing leaves the server).
    await page.getByRole('link', { name: 'Privacy' }).click();
    await page.getByLabel('Allow AI drafting', { exact: true }).check();
    await page.getByLabel('Provider', { exact: true }).selectOption('local');
    await page.getByRole('button', { name: 'Save privacy settings' }).click();
    await page.getByText('Privacy settings saved.').waitFor();
    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByLabel('Pseudonym', { exact: true }).fill(PSEUDONYM);
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.getByRole('heading', { name: `Client ${PSEUDONYM}` }).waitFor();
    await page.getByLabel('Format').selectOption('soap');
    await page.getByRole('button', { name: 'Start note' }).click();
    await page.getByRole('heading', { name: 'SOAP progress note' }).waitFor();
    noteUrl = new URL(page.url()).pathname;
    await page.getByLabel('Your session notes').fill('- Client reports sleeping better\n- Practised breathing on 4 of 7 days\n- Next session in two weeks');
    await page.getByRole('button', { name: 'Draft the note' }).click();
    await page.getByRole('button', { name: 'Use this draft in the note' }).click();
    await page.getByText('Draft placed in the note.', { exact: false }).waitFor();
    // Edited, then "Back to the client" at once: the app asks instead of dropping the text.
    const edited = 'Reports sleeping better; practised breathing on 4 of 7 days. Edited by the clinician.';
    await page.getByLabel('Subjective').fill(edited);
    await page.getByRole('link', { name: 'Back to the client' }).click();
    const leave = page.getByRole('dialog', { name: 'Unsaved changes' });
    await leave.waitFor();
    await check(page, 'dc-02-unsaved-changes');
    await leave.getByRole('button', { name: 'Stay here' }).click();
    await leave.waitFor({ state: 'hidden' });
    expect(await page.getByLabel('Subjective').inputValue()).toBe(edited);
    // The second time the clinician saves on the way out.
    await page.getByLabel('Plan', { exact: true }).fill('Meet again in two weeks; keep the breathing practice.');
    await page.getByRole('link', { name: 'Back to the client' }).click();
    await leave.getByRole('button', { name: 'Save and leave' }).click();
    await page.getByRole('heading', { name: `Client ${PSEUDONYM}` }).waitFor();
    await page.goto(noteUrl);
    await page.getByRole('heading', { name: 'SOAP progress note' }).waitFor();
    expect(await page.getByLabel('Subjective').inputValue()).toBe(edited);
    expect(await page.getByLabel('Plan', { exact: true }).inputValue()).toBe('Meet again in two weeks; keep the breathing practice.');
    // Left alone for a moment, the draft saves itself, and leaving asks nothing.
    await page.getByLabel('Assessment').fill('Improving; no risk indicators.');
    await page.getByText(/^Saved automatically at/).waitFor();
    await page.getByRole('link', { name: 'Back to the client' }).click();
    await page.getByRole('heading', { name: `Client ${PSEUDONYM}` }).waitFor();
    await page.goto(noteUrl);
    expect(await page.getByLabel('Assessment').inputValue()).toBe('Improving; no risk indicators.');
    expect(problems).toEqual([]);
  });

  it('R39 on the test clock: input extends the session to the last input; without input it ends exactly at the timeout; the text is back after signing in again', async () => {
    // The other tab had input of its own that it would report; this test is about one tab.
    await page.close();
    const p = await ctx.newPage();
    const pProblems = watch(p);
    let inFlight = 0;
    p.on('request', () => void inFlight++);
    p.on('requestfinished', () => void inFlight--);
    p.on('requestfailed', () => void inFlight--);
    const settle = async () => {
      for (let i = 0; i < 200 && inFlight > 0; i++) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 60));
    };
    const opened = clock.now().getTime();
    // The browser's clock starts paused at the server's instant; from then on both move in steps,
    // the server's first, then the browser's timers (which fire at most one step behind).
    clock.advance(MINUTE);
    await p.clock.install({ time: clock.now() });
    clock.advance(1000);
    await p.clock.pauseAt(clock.now());
    const tick = async (ms: number) => {
      clock.advance(ms);
      await p.clock.runFor(ms);
      await settle();
    };
    const advanceTo = async (target: number, step: number) => {
      while (clock.now().getTime() < target) await tick(Math.min(step, target - clock.now().getTime()));
    };
    // React needs its timers to run to render: wait by moving both clocks in small steps.
    const until = async (locator: Locator) => {
      for (let i = 0; i < 100; i++) {
        if (await locator.isVisible()) return;
        await tick(100);
      }
      await locator.waitFor({ timeout: 1 });
    };
    await p.goto(noteUrl);
    await until(p.getByRole('heading', { name: 'SOAP progress note' }));
    // Let the screen finish loading (the plan's goals load after the plan list).
    for (let i = 0; i < 10; i++) await tick(100);
    // Opening the note is the person's doing: the session counts from then (T0).
    const t0 = (await liveSession())?.last_seen_at.getTime() ?? 0;
    expect(t0).toBeGreaterThanOrEqual(opened);
    expect(t0).toBeLessThanOrEqual(clock.now().getTime());
    // Five minutes later the clinician types (not saved by hand; the draft saves itself).
    await advanceTo(t0 + 5 * MINUTE, MINUTE);
    const unsaved = 'Client described a calmer week at work. Typed, never saved by hand.';
    await p.getByLabel('Objective', { exact: true }).fill(unsaved);
    await tick(2000);
    await until(p.getByText(/^Saved automatically at/));
    // Autosave is background work: it did not extend the session by itself.
    expect((await liveSession())?.last_seen_at.getTime()).toBe(t0);
    // At the warning point the input is reported — as five minutes after T0, not as "now".
    await advanceTo(t0 + 14 * MINUTE + 30_000, 15_000);
    const seen = (await liveSession())?.last_seen_at.getTime() ?? 0;
    expect(seen).toBeGreaterThanOrEqual(t0 + 5 * MINUTE);
    expect(seen).toBeLessThanOrEqual(t0 + 5 * MINUTE + 16_000);
    expect(await p.locator('dialog[open]').count()).toBe(0);
    // No input since: the warning comes a minute before the end …
    const end = seen + 15 * MINUTE;
    await advanceTo(end - 45_000, 15_000);
    // (A CSS locator: with the page's clock paused, role queries on a modal dialog do not answer.)
    const stillThere = p.locator('dialog[open] #idle-title');
    await until(stillThere);
    expect(await stillThere.textContent()).toBe('Still there?');
    // … and one second before the end the session is still alive.
    await advanceTo(end - 1000, 1000);
    const alive = await p.evaluate<{ status: number; left: number }>(
      "fetch('/api/auth/session', { headers: { 'x-tacet-background': '1' } }).then(async (r) => ({ status: r.status, left: (await r.json()).idleRemainingSeconds }))",
    );
    expect(alive).toEqual({ status: 200, left: 1 });
    expect(await p.getByRole('heading', { name: 'Sign in' }).count()).toBe(0);
    // At the timeout it ends — not later: revoked within the step of the timeout.
    await advanceTo(end + 2000, 1000);
    await until(p.getByRole('heading', { name: 'Sign in' }));
    await until(p.getByText('You were signed out after a period of inactivity', { exact: false }));
    const ended = await liveSession();
    expect(ended?.revoked_at?.getTime()).toBeGreaterThanOrEqual(end);
    expect(ended?.revoked_at?.getTime()).toBeLessThanOrEqual(end + 1000);
    expect(await p.content()).not.toContain(unsaved);
    // Signing in again (emailed link, then a recovery code) returns to the note, with the text.
    const before = t.smtp.messages.length;
    await p.getByLabel('Email address').fill(OWNER);
    await p.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await until(p.getByRole('heading', { name: 'Check your inbox' }));
    await p.goto((await linkFor(t, OWNER, before)).replace(/^https?:\/\/[^/]+/, ''));
    await p.getByRole('button', { name: 'Sign in' }).click();
    await until(p.getByRole('button', { name: 'Use a recovery code' }));
    await p.getByRole('button', { name: 'Use a recovery code' }).click();
    await until(p.getByLabel('Recovery code'));
    await p.getByLabel('Recovery code').fill(recoveryCodes[0]!.trim());
    await p.getByRole('button', { name: 'Continue' }).click();
    await until(p.getByRole('heading', { name: 'SOAP progress note' }));
    expect(new URL(p.url()).pathname).toBe(noteUrl);
    expect(await p.getByLabel('Objective', { exact: true }).inputValue()).toBe(unsaved);
    expect(pProblems).toEqual([]);
    await p.close();
  });
});
