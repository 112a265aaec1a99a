// Issue 16, the clinician's day, in a real browser against a real Tacet: two clients with the same
// initials told apart by their numbers (and no warning that would reveal anyone), a session a week
// ahead that can only be scheduled, a coding error said in the form's own words, a note with its
// chart header, the week view, and "no plan yet" instead of a green "no gaps". Every screen
// reached is checked with axe-core (no serious or critical violations).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axe, linkFor, prerequisites, screenshot, startTacet, totpCode, watch, type Tacet } from './harness.ts';

const missing = prerequisites();
if (missing !== null && process.env.CI === 'true') throw new Error(`browser tests cannot run: ${missing}`);
if (missing !== null) console.warn(`web e2e skipped: ${missing}`);
const EMAIL = 'dr.lindqvist@example.test';

let t: Tacet;
let ctx: BrowserContext;
let page: Page;
let problems: string[];

async function check(p: Page, name: string): Promise<void> {
  await p.waitForLoadState('networkidle');
  await screenshot(p, `day-${name}`);
  expect(await axe(p), `axe on ${name}`).toEqual([]);
}

const nav = () => page.getByRole('navigation', { name: 'Main' });

/** The value a datetime-local input takes for a moment `days` from now (local time). */
function localInput(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset(), 0, 0);
  return d.toISOString().slice(0, 16);
}

describe.skipIf(missing !== null)('the clinician’s day (issue 16)', () => {
  beforeAll(async () => {
    t = await startTacet();
    // The harness's context runs in New York time; the inputs below are computed in the test
    // process's zone, so this context uses the same.
    ctx = await t.browser.newContext({ viewport: { width: 1024, height: 768 }, baseURL: t.url, locale: 'en-US', timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone });
    page = await ctx.newPage();
    problems = watch(page);
    page.on('dialog', (d) => void d.accept());
    // Sign up, second factor, BAA: the way in, walked in full by journey.e2e.ts.
    await page.goto('/signup');
    await page.getByLabel('Your name').fill('Mira Lindqvist');
    await page.getByLabel('Email address').fill(EMAIL);
    await page.getByLabel('Practice name').fill('Lindqvist Therapy');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    await page.goto((await linkFor(t, EMAIL)).replace(/^https?:\/\/[^/]+/, ''));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Use an authenticator app' }).click();
    const secret = (await page.locator('code.secret').textContent()) ?? '';
    await page.getByLabel('Code shown by the app').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
    await page.getByRole('heading', { name: 'Set up your practice' }).waitFor();
    await check(page, '01-onboarding-baa');
    // The agreement reads clause by clause, not as one run-on paragraph.
    await page.locator('.document p').nth(5).waitFor();
    await page.getByLabel('I have read this agreement and accept it on behalf of the practice.').check();
    await page.getByRole('button', { name: 'Accept the agreement' }).click();
    await page.getByText(/^Accepted on/).waitFor();
    await page.getByRole('link', { name: 'Continue to clients' }).click();
    await page.getByRole('heading', { name: 'Clients', exact: true }).waitFor();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('R02 R18 two clients with the same initials are told apart by their numbers, with no warning about the other', async () => {
    const numbers: string[] = [];
    for (const name of ['Johnathan Doe-Smith', 'Jane Dana Smith']) {
      await nav().getByRole('link', { name: 'Clients', exact: true }).click();
      await page.getByRole('heading', { name: 'Clients', exact: true }).waitFor();
      await page.getByLabel('Name, stored as initials only').check();
      await page.getByLabel('Name', { exact: true }).fill(name);
      await page.getByRole('button', { name: 'Add client' }).click();
      const heading = page.getByRole('heading', { name: /^Client J\.D\.S\. · \d{4,}$/ });
      await heading.waitFor();
      numbers.push(/· (\d+)$/.exec((await heading.textContent()) ?? '')?.[1] ?? '');
      // Nothing on the page speaks of another client with these initials.
      expect(await page.getByText(/already exist|same initials/i).count()).toBe(0);
    }
    expect(numbers[0]).not.toBe(numbers[1]);
    await nav().getByRole('link', { name: 'Clients', exact: true }).click();
    // The list loads after the screen: wait for both rows before reading them.
    await expect.poll(() => page.locator('.client-list .client-label').count()).toBe(2);
    const labels = await page.locator('.client-list .client-label').allInnerTexts();
    expect(labels.sort()).toEqual(numbers.map((n) => `J.D.S. · ${n}`).sort());
    await check(page, '02-clients-same-initials');
    // The full names were never stored or shown.
    expect(await page.getByText('Doe-Smith').count()).toBe(0);
    await page.getByRole('link', { name: `J.D.S. · ${numbers[1] ?? ''}` }).click();
    await page.getByRole('heading', { name: `Client J.D.S. · ${numbers[1] ?? ''}` }).waitFor();
  });

  it('R02 R25 a session days ahead can only be scheduled; it shows in the week view; the timeline says there is no plan yet', async () => {
    await page.getByLabel('Date and time').fill(localInput(6));
    const attendance = page.getByLabel('Attendance');
    await expect(attendance.inputValue()).resolves.toBe('scheduled');
    await expect(page.locator('form[aria-labelledby="new-session-title"] option[value="attended"]').isDisabled()).resolves.toBe(true);
    await page.getByText('This session is in the future, so it is scheduled.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Schedule session' }).click();
    await page.getByText('Session scheduled.').waitFor();
    await page.locator('#sessions-title ~ ul li .badge-scheduled').first().waitFor();
    // The form starts afresh after saving: today, attended.
    await expect(page.getByLabel('Attendance').inputValue()).resolves.toBe('attended');
    // A coding error is said in the form's words, not as a request path.
    await page.getByLabel('Service code').selectOption('90837');
    await page.getByLabel('Minutes').fill('30');
    await page.getByRole('button', { name: 'Record session' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('The minutes do not fit service code 90837');
    expect(await alert.innerText()).not.toContain('body.');
    await page.getByLabel('Service code').selectOption('90834');
    await page.getByLabel('Minutes').fill('50');
    await page.getByRole('button', { name: 'Record session' }).click();
    await page.getByText('Session recorded.').waitFor();
    await page.getByText('No treatment plan yet. Gaps are checked', { exact: false }).waitFor();
    expect(await page.getByText('No gaps:', { exact: false }).count()).toBe(0);
    await check(page, '03-client-sessions');
    // Correcting a session in place (audited by the server).
    await page.getByRole('button', { name: /^Correct the session of/ }).first().click();
    await page.getByRole('heading', { name: 'Correct this session' }).waitFor();
    await check(page, '03b-session-correction');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await nav().getByRole('link', { name: 'Week', exact: true }).click();
    await page.getByRole('heading', { name: 'Your week' }).waitFor();
    await page.getByRole('link', { name: /^J\.D\.S\. · \d+$/ }).first().waitFor();
    await check(page, '04-week');
    await page.getByRole('link', { name: /^J\.D\.S\. · \d+$/ }).first().click();
    await page.getByRole('heading', { name: /^Client J\.D\.S\. · \d+$/ }).waitFor();
  });

  it('R03 a note shows its chart header: client label and number, session, service and minutes, modality, clinician', async () => {
    const heading = (await page.getByRole('heading', { name: /^Client J\.D\.S\. · \d+$/ }).textContent()) ?? '';
    const label = heading.replace(/^Client /, '');
    // The note form offers the session that took place, never the one scheduled ahead.
    // The sessions arrive after the heading: wait for them rather than read a half-loaded list.
    await expect.poll(() => page.getByLabel('Session', { exact: true }).locator('option').count()).toBe(2);
    await page.getByLabel('Format').selectOption('soap');
    await page.getByRole('button', { name: 'Start note' }).click();
    await page.getByRole('heading', { name: 'SOAP progress note' }).waitFor();
    const header = page.locator('dl.chart-header');
    await header.waitFor();
    const text = await header.innerText();
    expect(text).toContain(label);
    expect(text).toContain('90834 · 50 min');
    expect(text).toContain('In person');
    expect(text).toContain('Mira Lindqvist');
    expect(text).toMatch(/Session\s+\w{3} \d{1,2}, \d{4}/);
    await check(page, '05-note-chart-header');
    // The client's page lists the note by its date of service.
    await page.getByRole('link', { name: 'Back to the client' }).click();
    await page.getByRole('link', { name: /^SOAP note of / }).waitFor();
    await page.getByRole('button', { name: 'Enter PHQ-9' }).click();
    await page.getByLabel('Given at session').waitFor();
    await check(page, '06-measure-entry');
    expect(problems).toEqual([]);
  });
});
