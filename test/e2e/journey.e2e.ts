// The therapist's journey through the web application, in a real browser against a real Tacet:
// sign-up → emailed link → authenticator app → BAA → invite a colleague → client → treatment plan
// → session → note (edit, goal progress, sign, addendum) → timeline; a second practitioner who
// cannot see the first one's clients and names the first as co-signer, who co-signs; and the
// inactivity warning and logout (R39).
// Every main screen is checked with axe-core (no serious or critical violations) and saved as a
// screenshot under test-results/. Page titles, addresses and browser storage never carry PHI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { systemContext, withTenant } from '../../src/db/tenant.ts';
import { axe, focused, idleFor, linkFor, newContext, prerequisites, screenshot, staleStepUp, startTacet, totpCode, watch, type Tacet } from './harness.ts';

const missing = prerequisites();
// Locally a missing browser skips these tests with a note; in CI it is a failure, not a skip.
if (missing !== null && process.env.CI === 'true') throw new Error(`browser tests cannot run: ${missing}`);
if (missing !== null) console.warn(`web e2e skipped: ${missing}`);
const OWNER = 'dr.rivera@example.test';
const COLLEAGUE = 'sam.okafor@example.test';
// The client's label: it must show on the client's screens and never in a title, URL or storage.
const PSEUDONYM = 'Juniper';

let t: Tacet;
let ctx: BrowserContext;
let page: Page;
let problems: string[];
const titles: string[] = [];
const urls: string[] = [];
let clientUrl = '';

/**
 * Moves the page's fake clock on a minute at a time until `done` holds. A session poll whose
 * request was already on its way when the clock jumped sets its next timer only after the jump,
 * so one jump can fire nothing on a busy machine; jumping again is safe, because the server's
 * idle clock (real time) is what decides, and it does not move with the page's.
 */
async function forwardUntil(p: Page, done: () => Promise<boolean> | boolean): Promise<void> {
  for (let i = 0; i < 8; i++) {
    await p.clock.fastForward('01:00');
    for (let j = 0; j < 10; j++) {
      if (await done()) return;
      await p.waitForTimeout(300);
    }
  }
  throw new Error('the page never reached the expected state');
}

async function check(p: Page, name: string): Promise<void> {
  await p.waitForLoadState('networkidle');
  titles.push(await p.title());
  urls.push(p.url());
  await screenshot(p, name);
  expect(await axe(p), `axe on ${name}`).toEqual([]);
}

/** Answers the app's own confirmation dialog (signing, discarding, addenda, co-signing). */
async function confirmIn(p: Page, button: string): Promise<void> {
  const dialog = p.getByRole('dialog');
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Finishes a sign-in link and enrols an authenticator app; returns once past the recovery codes. */
async function linkAndEnrol(p: Page, link: string, name: string): Promise<void> {
  await p.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.getByRole('heading', { name: 'Set up a second factor' }).waitFor();
  if (name !== '') await check(p, `${name}-2fa-choose`);
  await p.getByRole('button', { name: 'Use an authenticator app' }).click();
  const secret = (await p.locator('code.secret').textContent()) ?? '';
  expect(secret).toMatch(/^[A-Z2-7]+$/);
  if (name !== '') await check(p, `${name}-2fa-totp`);
  await p.getByLabel('Code shown by the app').fill(totpCode(secret));
  await p.getByRole('button', { name: 'Confirm' }).click();
  await p.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
  await expect.poll(() => p.locator('.recovery-codes li').count()).toBeGreaterThan(5);
  if (name !== '') await check(p, `${name}-2fa-recovery-codes`);
  await p.getByRole('button', { name: 'I have saved my recovery codes' }).click();
}

describe.skipIf(missing !== null)('web application, end to end', () => {
  beforeAll(async () => {
    t = await startTacet();
    ctx = await newContext(t);
    page = await ctx.newPage();
    problems = watch(page);
    page.on('dialog', (d) => void d.accept());
  });
  afterAll(async () => {
    await t?.close();
  });

  it('R26 R38 signs up by emailed link and enrols an authenticator app', async () => {
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await check(page, '01-sign-in');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Your name').fill('Dana Rivera');
    await page.getByLabel('Email address').fill(OWNER);
    await page.getByLabel('Practice name').fill('Rivera Counseling');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    await check(page, '02-sign-up-sent');
    const link = await linkFor(t, OWNER);
    await linkAndEnrol(page, link, '02b');
  });

  it('R12 accepts the BAA on onboarding and invites a colleague', async () => {
    await page.getByRole('heading', { name: 'Set up your practice' }).waitFor();
    await check(page, '03-onboarding-baa');
    await page.getByLabel('I have read this agreement and accept it on behalf of the practice.').check();
    await page.getByRole('button', { name: 'Accept the agreement' }).click();
    await page.getByText(/^Accepted on/).waitFor();
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    await page.getByRole('textbox', { name: 'Email address' }).fill(COLLEAGUE);
    await page.getByLabel('Role').selectOption('practitioner');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Invitation sent.', { exact: false }).waitFor();
    await check(page, '04-onboarding-members');
    await page.getByRole('link', { name: 'Continue to clients' }).click();
    await page.getByRole('heading', { name: 'Clients', exact: true }).waitFor();
    await check(page, '05-clients-empty');
  });

  it('R02 R18 R19 R31 adds a client under a pseudonym, then its details and privacy settings; the address holds only the id', async () => {
    await page.getByLabel('Pseudonym', { exact: true }).fill(PSEUDONYM);
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.getByRole('heading', { name: `Client ${PSEUDONYM}` }).waitFor();
    clientUrl = new URL(page.url()).pathname;
    expect(clientUrl).toMatch(/^\/clients\/[0-9a-f-]{36}$/);
    expect(await page.title()).toBe('Client — Tacet');
    // R42: AI can be switched off for this one client.
    await page.getByLabel('Allow AI drafting for this client').uncheck();
    await page.getByText('AI drafting off: no text of this client reaches any AI provider.').waitFor();
    await page.getByLabel('Allow AI drafting for this client').check();
    await page.getByText('AI drafting allowed for this client.').waitFor();
    // R18 R19 R31 details: year of birth only, pronouns, people in the client's life (encrypted,
    // caught by redaction), and the client's transcript rule.
    await page.getByRole('button', { name: 'Edit details and privacy' }).click();
    await page.getByLabel('Pronouns').fill('she/her');
    await page.getByLabel('Year of birth').fill('1988');
    await page.getByLabel('People in the client’s life').fill('Marisol Quintero');
    await page.getByLabel('Session transcripts').selectOption('after_days');
    await page.getByLabel('Days to keep a transcript').fill('30');
    await check(page, '06a-client-details-form');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByText('Details saved.').waitFor();
    await page.getByText('deleted after 30 days').waitFor();
    await page.getByText('Marisol Quintero').waitFor();
    await check(page, '06-client');
  });

  it('R12 R27 R37 R42 privacy: redaction topics saved; AI refused through a vendor whose BAA is not signed', async () => {
    await page.getByRole('link', { name: 'Privacy' }).click();
    await page.getByRole('heading', { name: 'Redaction and AI' }).waitFor();
    await page.getByLabel('Vendor name').fill('Anthropic');
    await page.getByLabel('Purpose').fill('AI drafting of progress notes');
    await page.getByLabel('BAA status').selectOption('pending');
    await page.getByLabel('Zero data retention').check();
    await page.getByLabel('No training on customer data').check();
    await page.getByRole('button', { name: 'Add vendor' }).click();
    await page.getByRole('cell', { name: 'AI drafting of progress notes' }).waitFor();
    await page.getByLabel('Immigration status').check();
    await page.getByRole('button', { name: 'Save privacy settings' }).click();
    await page.getByText('Privacy settings saved.').waitFor();
    await page.getByLabel('Allow AI drafting', { exact: true }).check();
    await page.getByLabel('Provider', { exact: true }).selectOption('anthropic');
    await page.getByLabel('Vendor in the registry').selectOption({ label: 'Anthropic (BAA: Pending)' });
    await page.getByRole('button', { name: 'Save privacy settings' }).click();
    await page.getByText('AI stays off until the BAA with Anthropic is signed', { exact: false }).waitFor();
    await check(page, '07-privacy');
    // The local drafter: nothing leaves this server, so no vendor is needed.
    await page.getByLabel('Provider', { exact: true }).selectOption('local');
    await page.getByRole('button', { name: 'Save privacy settings' }).click();
    await page.getByText('Privacy settings saved.').waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: `Client ${PSEUDONYM}` }).waitFor();
  });

  it('R04 writes a treatment plan: diagnosis, problem, goal, objective, intervention; a revision keeps the earlier version readable', async () => {
    await page.getByRole('link', { name: 'New treatment plan' }).click();
    await page.getByRole('heading', { name: 'New treatment plan' }).waitFor();
    await page.getByLabel('Find a diagnosis').fill('F41.1');
    await page.getByRole('button', { name: 'Add F41.1' }).click();
    await page.getByLabel('Problem statement').fill('Persistent worry interfering with sleep and work.');
    await page.getByLabel('Goal', { exact: true }).fill('Reduce worry to a manageable level.');
    await page.getByLabel('Objective 1').fill('Use a worry-postponement technique on 5 of 7 days.');
    await page.getByLabel('CBT', { exact: true }).check();
    await page.getByLabel('F41.1', { exact: true }).check();
    // Items added by mistake come out again before saving.
    await page.getByRole('button', { name: 'Add objective' }).click();
    await page.getByRole('button', { name: 'Remove objective 1.1.2' }).click();
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.getByRole('button', { name: 'Remove goal 1.2' }).click();
    await expect(page.getByLabel('Objective 2').count()).resolves.toBe(0);
    await expect(page.getByText('Goal 1.2', { exact: true }).count()).resolves.toBe(0);
    await check(page, '08-plan-editor');
    await page.getByRole('button', { name: 'Create plan' }).click();
    await page.getByRole('heading', { name: 'Treatment plan, version 1' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/plans\/[0-9a-f-]{36}$/);
    // A revision keeps the earlier version readable, as it was.
    await page.getByLabel('Objective 1').fill('Use a worry-postponement technique on 6 of 7 days.');
    await page.getByRole('button', { name: 'Save new version' }).click();
    await page.getByRole('heading', { name: 'Treatment plan, version 2' }).waitFor();
    await page.getByRole('link', { name: /^Version 1 — saved/ }).click();
    await page.getByRole('heading', { name: 'Treatment plan, version 1 of 2' }).waitFor();
    await page.getByText('Use a worry-postponement technique on 5 of 7 days.', { exact: false }).waitFor();
    expect(await page.getByText('6 of 7 days', { exact: false }).count()).toBe(0);
    await check(page, '08b-plan-revision');
    await page.getByRole('link', { name: 'Back to the current plan' }).click();
    await page.getByRole('heading', { name: 'Treatment plan, version 2' }).waitFor();
    await page.getByRole('link', { name: 'Back to the client' }).click();
    await page.getByRole('link', { name: /Plan, version 2/ }).waitFor();
  });

  it('R02 R03 R35 records a session and writes, signs and amends a SOAP note with goal progress; a de-identified copy on request', async () => {
    await page.getByRole('button', { name: 'Record session' }).click();
    await page.getByText('Session recorded.').waitFor();
    await page.locator('#sessions-title ~ ul li').first().waitFor();
    await page.getByLabel('Format').selectOption('soap');
    // The session just recorded is offered first.
    await page.getByRole('button', { name: 'Start note' }).click();
    await page.getByRole('heading', { name: 'SOAP progress note' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/notes\/[0-9a-f-]{36}$/);
    // R03 R27 AI draft from the clinician's bullets, each sentence linked to its sources.
    await page.getByLabel('Your session notes').fill(
      '- Client reports worry most evenings, less at work\n- Sleep improved slightly since last week\n- Practised worry postponement 4 of 7 days\n- No thoughts of self-harm\n- Next session in one week, continue postponement',
    );
    await page.getByRole('button', { name: 'Draft the note' }).click();
    await page.getByRole('heading', { name: 'Sources in your notes' }).waitFor();
    await page.locator('button.sentence').first().click();
    await expect.poll(() => page.locator('.source-text mark').count()).toBeGreaterThan(0);
    await check(page, '09-ai-draft');
    await page.getByRole('button', { name: 'Use this draft in the note' }).click();
    await page.getByText('Draft placed in the note.', { exact: false }).waitFor();
    expect(await page.getByLabel('Subjective').inputValue()).not.toBe('');
    // The clinician edits the draft before signing.
    await page.getByLabel('Subjective').fill('Reports worry most evenings; sleep improved slightly. Her sister Marisol Quintero visited on March 14, 2026.');
    await page.getByLabel('Objective', { exact: true }).fill('Calm, engaged, affect congruent. GAD-7 today 11.');
    await page.getByLabel('Assessment').fill('Some progress toward the worry goal; no risk indicators.');
    await page.getByLabel('Plan', { exact: true }).fill('Continue worry postponement; next session in one week.');
    await page.getByLabel('Progress on: Reduce worry to a manageable level.').selectOption('some_progress');
    await page.getByRole('button', { name: /Save draft/ }).click();
    await page.getByText(/^Draft saved at/).waitFor();
    await check(page, '10-note-draft');
    await page.getByRole('button', { name: 'Sign note' }).click();
    await confirmIn(page, 'Sign note');
    await page.getByText('Content verified against the hash recorded at signing.').waitFor();
    await expect(page.getByLabel('Subjective').count()).resolves.toBe(0);
    await page.getByText('Some progress — Reduce worry to a manageable level.').waitFor();
    await page.getByLabel('New addendum').fill('Client called to say the homework sheet was lost; resent by post.');
    await page.getByRole('button', { name: 'Add and sign addendum' }).click();
    await confirmIn(page, 'Add and sign addendum');
    await page.getByText('Client called to say the homework sheet was lost', { exact: false }).first().waitFor();
    await check(page, '11-note-signed-addendum');
    // R35 a de-identified copy for a consultation: the author sees the note whole, the copy does
    // not carry the name or the date, and the note itself is unchanged.
    await page.getByText('Her sister Marisol Quintero visited on March 14, 2026.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Make a de-identified copy' }).click();
    await page.getByText(/passages? replaced:/).waitFor();
    const copy = (await page.locator('.deid-text').allInnerTexts()).join('\n');
    expect(copy).toContain('sleep improved slightly');
    expect(copy).not.toContain('Marisol');
    expect(copy).not.toContain('Quintero');
    expect(copy).not.toContain('March 14');
    await check(page, '11b-note-deidentified-copy');
    await page.getByRole('button', { name: 'Hide the copy' }).click();
  });

  it('R05 enters PHQ-9 and GAD-7 item by item; the chart shows severity bands and a reliable-change marker', async () => {
    await page.getByRole('link', { name: 'Back to the client' }).click();
    await page.getByRole('heading', { name: 'Measures' }).waitFor();
    const enter = async (instrument: 'phq9' | 'gad7', label: string, answers: number[]) => {
      await page.getByRole('button', { name: `Enter ${label}` }).click();
      for (const [i, v] of answers.entries()) await page.locator(`#${instrument}-${i}-${v}`).check();
      await page.getByRole('button', { name: `Save ${label}` }).click();
      await page.getByRole('button', { name: `Save ${label}` }).waitFor({ state: 'detached' });
    };
    await enter('phq9', 'PHQ-9', [3, 3, 2, 2, 2, 2, 2, 2, 0]);
    await page.getByRole('heading', { name: /PHQ-9 .*latest 18/ }).waitFor();
    await check(page, '12-assessment-entry');
    await enter('phq9', 'PHQ-9', [1, 1, 1, 1, 1, 1, 1, 0, 0]);
    await enter('gad7', 'GAD-7', [2, 2, 2, 1, 1, 1, 1]);
    await page.getByRole('heading', { name: /PHQ-9 .*latest 7 \(mild\)/ }).waitFor();
    await page.getByRole('heading', { name: /GAD-7 .*latest 10 \(moderate\)/ }).waitFor();
    // 18 → 7: a reliable change (≥ 6) that crosses below the cut-off of 10.
    await page.getByText('From 18 to 7: down 11, a reliable change', { exact: false }).waitFor();
    await expect(page.locator('figure.chart').count()).resolves.toBe(2);
    await expect(page.locator('figure.chart circle.marker-significant').count()).resolves.toBe(1);
    await expect(page.locator('figure.chart rect.band-4').count()).resolves.toBe(1);
  });

  it('R04 shows the golden thread: diagnosis, goal, plan, session with its signed note and goal progress, measures; no gaps', async () => {
    const timeline = page.locator('ol.timeline');
    await timeline.waitFor();
    await page.getByText('No gaps:', { exact: false }).waitFor();
    await expect(timeline.locator('li.tl-session').count()).resolves.toBe(1);
    await expect(timeline.locator('li.tl-session .badge-signed').count()).resolves.toBe(1);
    await expect(timeline.locator('li.tl-session .badge-goal').count()).resolves.toBe(1);
    // Both versions of the plan: the first and its revision.
    await expect(timeline.locator('li.tl-plan').count()).resolves.toBe(2);
    await expect(timeline.locator('li.tl-assessment').count()).resolves.toBe(3);
    await expect(page.locator('.badge-gap').count()).resolves.toBe(0);
    await check(page, '13-client-timeline-and-charts');
  });

  it('R31 R35 a pasted transcript is redacted before it is saved, shows its deletion date, and is deleted for good', async () => {
    await page.getByRole('link', { name: /^Transcript/ }).first().click();
    await page.getByRole('heading', { name: 'Session transcript' }).waitFor();
    await page.getByRole('heading', { name: 'No transcript' }).waitFor();
    await page.getByLabel('Transcript text').fill('Therapist: How was the week?\nClient: Marisol Quintero came over on March 20 and we talked. Call me at 555-201-7788 if you need to.');
    await page.getByRole('button', { name: 'Save the transcript' }).click();
    await page.getByText(/^Redacted before saving:/).waitFor();
    // The client's rule (30 days, set on the client screen) travels with the transcript.
    await page.getByText(/^Deleted automatically on /).waitFor();
    const stored = await page.locator('.transcript-text').innerText();
    expect(stored).toContain('How was the week?');
    for (const identifier of ['Marisol', 'Quintero', 'March 20', '555-201-7788']) expect(stored).not.toContain(identifier);
    await check(page, '13b-transcript');
    await page.getByRole('button', { name: 'Delete the transcript' }).click();
    // The app's own dialog asks first (never the browser's window.confirm).
    await page.getByRole('dialog', { name: 'Delete this transcript permanently?' }).getByRole('button', { name: 'Delete transcript' }).click();
    await page.getByText('Transcript deleted permanently.').waitFor();
    await page.getByRole('heading', { name: 'No transcript' }).waitFor();
    await page.getByRole('link', { name: 'Back to the client' }).click();
    await page.getByRole('heading', { name: `Client ${PSEUDONYM}` }).waitFor();
  });

  it('R38 R39 R01 settings: the inactivity timeout with its explanation; factors listed; a passkey added; a new sign-in email asked for', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Inactivity timeout' }).waitFor();
    await page.getByText('Shorter is safer', { exact: false }).waitFor();
    await page.getByText(/^Set up on/).waitFor();
    // R38 a passkey as a further factor, with Chromium's virtual authenticator standing in for
    // the device: proves the WebAuthn JSON round trip of web/src/webauthn.ts against the server.
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    });
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await page.getByText(/Passkey \(added/).waitFor();
    // R01 a new sign-in address proves itself by a link sent to it; the current address is told,
    // and nothing changes until the link is used (it is not used here).
    const before = t.smtp.messages.length;
    await page.getByRole('button', { name: 'Change sign-in email' }).click();
    await page.getByLabel('New sign-in email').fill('dana.rivera.new@example.test');
    await page.getByRole('button', { name: 'Send the confirmation link' }).click();
    await page.getByText('A confirmation link was sent to the new address', { exact: false }).waitFor();
    await expect.poll(() => t.smtp.messages.slice(before).map((m) => m.to[0]).sort()).toEqual(['dana.rivera.new@example.test', OWNER].sort());
    await check(page, '14-settings');
    await page.getByRole('link', { name: 'Practice' }).click();
    await page.getByRole('cell', { name: COLLEAGUE }).waitFor({ state: 'detached' }).catch(() => undefined);
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    await check(page, '15-practice');
  });

  it('R22 R41 a second practitioner (on a tablet held upright) signs in by invitation and cannot see the first one’s clients', async () => {
    const ctx2 = await newContext(t, { width: 768, height: 1024 });
    const p2 = await ctx2.newPage();
    const p2problems = watch(p2);
    await linkAndEnrol(p2, await linkFor(t, COLLEAGUE), '');
    await p2.getByRole('heading', { name: 'Clients', exact: true }).waitFor();
    await p2.getByText('No clients yet.').waitFor();
    await check(p2, '16-second-practitioner-clients');
    expect(await p2.getByText(PSEUDONYM).count()).toBe(0);
    // Even the first practitioner's client address answers as if the client did not exist.
    await p2.goto(clientUrl);
    await p2.getByRole('alert').waitFor();
    expect(await p2.getByText(PSEUDONYM).count()).toBe(0);
    // Keyboard only: the skip link comes first, the heading takes focus on each new screen, and a
    // client can be added without a pointer.
    await p2.goto('/clients');
    await p2.getByText('No clients yet.').waitFor();
    expect(await focused(p2)).toBe('H1 Clients');
    // Backwards from the heading, through the navigation, to the skip link at the very top.
    let back = 0;
    while ((await focused(p2)) !== 'A Skip to content' && back++ < 10) await p2.keyboard.press('Shift+Tab');
    expect(await focused(p2)).toBe('A Skip to content');
    await p2.keyboard.press('Enter');
    expect(await focused(p2)).toMatch(/^MAIN /);
    let steps = 0;
    while ((await focused(p2)) !== 'INPUT Pseudonym' && steps++ < 30) await p2.keyboard.press('Tab');
    expect(await focused(p2)).toBe('INPUT Pseudonym');
    await p2.keyboard.type('Birch');
    await p2.keyboard.press('Enter');
    await p2.getByRole('heading', { name: 'Client Birch' }).waitFor();
    expect(await focused(p2)).toMatch(/^H1 Client Birch · \d+$/);
    await check(p2, '17-second-practitioner-client-tablet');
    // A draft can be discarded; the client's notes are empty again.
    p2.on('dialog', (d) => void d.accept());
    await p2.getByRole('button', { name: 'Start note' }).click();
    await p2.getByRole('button', { name: 'Discard draft' }).click();
    await confirmIn(p2, 'Discard draft');
    await p2.getByRole('heading', { name: 'Client Birch' }).waitFor();
    await p2.getByText('No notes yet.').waitFor();
    // R03 as an associate: a note naming the first practitioner as co-signer, then signed.
    await p2.getByRole('button', { name: 'Start note' }).click();
    await p2.getByLabel('Co-signer').selectOption({ label: 'Dana Rivera' });
    await p2.getByLabel('Subjective').fill('Reports settling into the new routine.');
    await p2.getByLabel('Objective', { exact: true }).fill('Calm and engaged.');
    await p2.getByLabel('Assessment').fill('Adjusting well; no risk indicators.');
    await p2.getByLabel('Plan', { exact: true }).fill('Meet again in two weeks.');
    await p2.getByRole('button', { name: /Save draft/ }).click();
    await p2.getByText(/^Draft saved at/).waitFor();
    await p2.getByRole('button', { name: 'Sign note' }).click();
    await confirmIn(p2, 'Sign note');
    await p2.getByText('Awaiting co-signature by Dana Rivera.').waitFor();
    expect(p2problems).toEqual([]);
    await ctx2.close();
  });

  it('R03 the named supervisor-practitioner finds the associate’s signed note under Co-sign and co-signs it', async () => {
    await page.getByRole('link', { name: 'Co-sign' }).click();
    await page.getByRole('heading', { name: 'Awaiting your co-signature' }).waitFor();
    const waiting = page.getByRole('link', { name: /SOAP note of .* by / });
    expect(await waiting.count()).toBe(1);
    await check(page, '17b-cosign-list');
    await waiting.click();
    await page.getByText('Content verified against the hash recorded at signing.').waitFor();
    // The co-signer reads the note, not the associate's chart, and does not amend it.
    await page.getByRole('link', { name: 'Back to notes to co-sign' }).waitFor();
    expect(await page.getByLabel('New addendum').count()).toBe(0);
    await page.getByRole('button', { name: 'Co-sign note' }).click();
    await confirmIn(page, 'Co-sign note');
    await page.getByText(/^Co-signed by you/).waitFor();
    await check(page, '17c-note-cosigned');
    await page.getByRole('link', { name: 'Back to notes to co-sign' }).click();
    await page.getByText('Nothing is waiting for you.').waitFor();
    await page.getByRole('heading', { name: 'Co-signed' }).waitFor();
  });

  it('R03 R12 a remote provider that fails keeps the notes on the server; the draft runs again without retyping', async () => {
    await page.getByRole('link', { name: 'Privacy' }).click();
    await page.getByRole('heading', { name: 'Redaction and AI' }).waitFor();
    await page.getByLabel('Vendor name').fill('Anthropic, PBC');
    await page.getByLabel('Purpose').fill('AI drafting under a signed BAA');
    await page.getByLabel('BAA status').selectOption('signed');
    await page.getByLabel('BAA signed on').fill('2026-11-02');
    await page.getByLabel('Zero data retention').check();
    await page.getByLabel('No training on customer data').check();
    await page.getByRole('button', { name: 'Add vendor' }).click();
    await page.getByRole('cell', { name: 'AI drafting under a signed BAA' }).waitFor();
    await page.getByLabel('Provider', { exact: true }).selectOption('anthropic');
    await page.getByLabel('Vendor in the registry').selectOption({ label: 'Anthropic, PBC (BAA: Signed)' });
    await page.getByRole('button', { name: 'Save privacy settings' }).click();
    await page.getByText('Privacy settings saved.').waitFor();
    // The provider is down for one request, then answers (a local server speaking its API).
    t.ai.mode = [{ kind: 'error', status: 503 }, { kind: 'echo' }];
    const before = t.ai.requests.length;
    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('link', { name: new RegExp(PSEUDONYM) }).click();
    await page.getByRole('heading', { name: `Client ${PSEUDONYM}` }).waitFor();
    await page.getByLabel('Format').selectOption('soap');
    await page.getByRole('button', { name: 'Start note' }).click();
    await page.getByRole('heading', { name: 'SOAP progress note' }).waitFor();
    await page.getByLabel('Your session notes').fill('- Client slept better this week\n- Practised slow breathing on 5 of 7 days');
    await page.getByRole('button', { name: 'Draft the note' }).click();
    await page.getByRole('button', { name: 'Try the draft again' }).waitFor();
    await check(page, '17d-ai-draft-failed');
    await page.getByRole('button', { name: 'Try the draft again' }).click();
    await page.getByRole('heading', { name: 'Sources in your notes' }).waitFor();
    expect(await page.getByRole('button', { name: 'Try the draft again' }).count()).toBe(0);
    // Two requests reached the provider — the failed one and the retry of the same kept input —
    // and neither carried the client's label.
    expect(t.ai.requests.length - before).toBe(2);
    for (const r of t.ai.requests.slice(before)) expect(r.body).not.toContain(PSEUDONYM);
    await page.getByRole('button', { name: 'Discard draft', exact: true }).click();
    await confirmIn(page, 'Discard draft');
    await page.getByRole('heading', { name: `Client ${PSEUDONYM}` }).waitFor();
  });

  it('R03 R27 R42 on the practice’s own model server, a contradicted risk sentence holds the signature until edited or confirmed; the confirmation is on the audit trail', async () => {
    // The practice's own model server: configured by the operator, recorded as on-premises, no BAA.
    await page.getByRole('link', { name: 'Privacy' }).click();
    await page.getByRole('heading', { name: 'Redaction and AI' }).waitFor();
    await page.getByText('This installation has one: model llama-3.1-8b-instruct.').waitFor();
    await page.getByLabel('Vendor name').fill('Practice model server');
    await page.getByLabel('AI provider').selectOption('onprem');
    await page.getByLabel('Purpose').fill('Drafting on our own hardware');
    await page.getByText('No BAA is needed', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Add vendor' }).click();
    await page.getByRole('cell', { name: 'Drafting on our own hardware' }).waitFor();
    await page.getByText('Not needed: on-premises').waitFor();
    await page.getByLabel('Provider', { exact: true }).selectOption('onprem');
    await page.getByLabel('Vendor in the registry').selectOption({ label: 'Practice model server (on-premises)' });
    await page.getByRole('button', { name: 'Save privacy settings' }).click();
    await page.getByText('Privacy settings saved.').waitFor();
    await check(page, '17e-privacy-on-premises');
    // The model turns the notes' denial into an endorsement; the screening result is drafted faithfully.
    const contradicted = 'Client endorses suicidal ideation since the last session.';
    t.ai.mode = {
      kind: 'raw',
      text: JSON.stringify({
        sections: [
          { key: 'subjective', sentences: [{ text: contradicted, sourceIds: ['s1'] }, { text: 'Client slept better with the wind-down routine.', sourceIds: ['s2'] }] },
          { key: 'objective', sentences: [{ text: 'Client denies SI/HI.', sourceIds: ['s3'] }] },
          { key: 'assessment', sentences: [{ text: 'Client slept better with the wind-down routine.', sourceIds: ['s2'] }] },
          { key: 'plan', sentences: [{ text: 'Client will continue the wind-down routine.', sourceIds: ['s4'] }] },
        ],
        goalSuggestions: [],
      }),
    };
    const before = t.ai.requests.length;
    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('link', { name: new RegExp(PSEUDONYM) }).click();
    await page.getByRole('heading', { name: `Client ${PSEUDONYM}` }).waitFor();
    await page.getByLabel('Format').selectOption('soap');
    await page.getByRole('button', { name: 'Start note' }).click();
    await page.getByRole('heading', { name: 'SOAP progress note' }).waitFor();
    const noteId = new URL(page.url()).pathname.split('/').at(-1)!;
    await page.getByLabel('Your session notes').fill(
      '- Client denies suicidal ideation since the last session\n- Client slept better with the wind-down routine\n- Client denies SI and HI when asked directly\n- Client will continue the wind-down routine',
    );
    await page.getByRole('button', { name: 'Draft the note' }).click();
    await page.getByRole('heading', { name: 'Sources in your notes' }).waitFor();
    expect(t.ai.requests.length - before).toBe(1);
    expect(t.ai.requests.at(-1)!.path).toBe('/v1/chat/completions');
    const draftList = page.locator('.draft-result');
    await draftList.getByRole('button', { name: new RegExp(`^${contradicted}`) }).getByText('Contradicts your notes').waitFor();
    await draftList.getByText('Risk screened: denied (suicide, harm to others)').waitFor();
    await page.getByRole('button', { name: 'Use this draft in the note' }).click();
    await page.getByText('Draft placed in the note.', { exact: false }).waitFor();
    // The editor lists the sentence with its label and reason; Sign waits.
    const panel = page.getByRole('region', { name: 'Sentences from the AI draft' });
    await panel.getByText(/^Why: source says /).waitFor();
    await panel.getByText('Risk screened: denied (suicide, harm to others)').waitFor();
    const sign = page.getByRole('button', { name: 'Sign note' });
    await page.getByText('Signing waits: a risk statement from the AI draft contradicts your notes.', { exact: false }).waitFor();
    expect(await sign.isDisabled()).toBe(true);
    await check(page, '17f-ai-contradiction-holds-signature');
    // Edited, it no longer holds the signature; put back as drafted, it does again.
    const subjective = page.getByLabel('Subjective');
    const drafted = await subjective.inputValue();
    expect(drafted).toContain(contradicted);
    await subjective.fill(drafted.replace(contradicted, 'Client denies suicidal ideation since the last session.'));
    expect(await sign.isDisabled()).toBe(false);
    await subjective.fill(drafted);
    expect(await sign.isDisabled()).toBe(true);
    // The server holds the line too, whatever the screen does: the saved note still has the
    // sentence as drafted, and a signature asked for directly is refused.
    const direct = await page.evaluate<{ status: number; code: string }, string>(async (id) => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const r = await fetch(`/api/notes/${id}/sign`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: '{}' });
      return { status: r.status, code: ((await r.json()) as { error?: { code: string } }).error?.code ?? '' };
    }, noteId);
    expect(direct).toEqual({ status: 409, code: 'ai_contradiction_unconfirmed' });
    // Confirmed with a reason from the list, it signs.
    await page.getByLabel('To sign it as written, say why').selectOption('source_incomplete');
    expect(await sign.isDisabled()).toBe(false);
    await sign.click();
    await confirmIn(page, 'Sign note');
    await page.getByText('Content verified against the hash recorded at signing.').waitFor();
    await page.getByText('Confirmed: The source was incomplete').waitFor();
    await check(page, '17g-note-signed-with-confirmation');
    // On the audit trail: the confirmation as a category, with the sentence's index, never its words.
    // (One transaction after the other: the embedded database has a single connection.)
    const practiceId = await withTenant(t.runtime.db, systemContext(), async (trx) =>
      (await trx.selectFrom('users').innerJoin('memberships', 'memberships.user_id', 'users.id').select('memberships.practice_id').where('users.email', '=', OWNER).executeTakeFirstOrThrow()).practice_id,
    );
    const events = await withTenant(t.runtime.db, systemContext(practiceId), (trx) =>
      trx.selectFrom('audit_events').select(['action', 'resource_id', 'metadata']).where('action', '=', 'note.ai_confirm').execute(),
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.resource_id).toBe(noteId);
    const meta = (typeof events[0]!.metadata === 'string' ? JSON.parse(events[0]!.metadata) : events[0]!.metadata) as Record<string, unknown>;
    expect(meta).toMatchObject({ reason: 'source_incomplete', risk: 'suicide' });
    expect(JSON.stringify(meta)).not.toMatch(/suicidal|endorses/);
  });

  it('R39 warns a minute before the inactivity logout, stays signed in on request, then clears the screen', async () => {
    // A page whose timers we can fast-forward (playwright's clock); the server's clock is moved by
    // setting the session's last activity back in the database.
    const p = await ctx.newPage();
    const pProblems = watch(p);
    await p.clock.install();
    await p.goto(clientUrl);
    await p.getByRole('heading', { name: `Client ${PSEUDONYM}` }).waitFor();
    await p.waitForLoadState('networkidle');
    await idleFor(t, OWNER, 15 * 60 - 40);
    const dialog = p.getByRole('dialog', { name: 'Still there?' });
    await forwardUntil(p, () => dialog.isVisible());
    await check(p, '18-inactivity-warning');
    await p.getByRole('button', { name: 'Stay signed in' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(p.getByRole('heading', { name: `Client ${PSEUDONYM}` }).count()).resolves.toBe(1);
    // Typing without saving is activity too: at the warning point the session is extended quietly.
    await p.getByLabel('Minutes').press('End');
    await idleFor(t, OWNER, 15 * 60 - 40);
    let keptAlive = 0;
    void p
      .waitForResponse((r) => r.url().endsWith('/api/auth/session/keepalive'))
      .then((r) => (keptAlive = r.status()))
      .catch(() => undefined);
    await forwardUntil(p, () => keptAlive !== 0);
    expect(keptAlive).toBe(200);
    expect(await dialog.isVisible()).toBe(false);
    // Now really idle past the timeout: the next check finds the session gone.
    await idleFor(t, OWNER, 15 * 60 + 5);
    await forwardUntil(p, () => p.getByRole('heading', { name: 'Sign in' }).isVisible());
    await p.getByText('You were signed out after a period of inactivity', { exact: false }).waitFor();
    expect(new URL(p.url()).pathname).toBe('/signin');
    expect(await p.content()).not.toContain(PSEUDONYM);
    await check(p, '19-signed-out-after-inactivity');
    expect(pProblems).toEqual([]);
  });

  it('R26 R38 signs in again by emailed link, with the passkey as second factor', async () => {
    // `page` still has the virtual authenticator; its session ended with the inactivity logout.
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    const before = t.smtp.messages.length;
    await page.getByLabel('Email address').fill(OWNER);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    const link = await linkFor(t, OWNER, before);
    await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Confirm it is you' }).waitFor();
    await check(page, '20-second-factor-verify');
    await page.getByRole('button', { name: 'Use a passkey' }).click();
    await page.getByRole('heading', { name: 'Clients', exact: true }).waitFor();
    await page.getByRole('link', { name: new RegExp(PSEUDONYM) }).waitFor();
  });

  it('R39 R38 a longer inactivity timeout is a security change: it asks for the second factor again', async () => {
    await staleStepUp(t, OWNER);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Sign me out after (minutes)').selectOption('30');
    await page.getByRole('button', { name: 'Save timeout' }).click();
    await page.getByText('This is a security setting: confirm it is you.').waitFor();
    await check(page, '21-step-up');
    await page.getByRole('button', { name: 'Use a passkey instead' }).click();
    await page.getByText('Inactivity timeout set to 30 minutes.').waitFor();
  });

  it('R38 a lost authenticator app is removed (other sessions end with it); the only factor left cannot be', async () => {
    // The step-up just given is still fresh, so the removal goes straight through.
    await page.getByRole('button', { name: 'Remove the authenticator app' }).click();
    await page.getByRole('dialog', { name: 'Remove the authenticator app?' }).getByRole('button', { name: 'Remove the authenticator app' }).click();
    await page.getByText('The authenticator app removed; your other sessions were signed out.').waitFor();
    await page.getByText('Not set up').waitFor();
    // The passkey is now the only factor: no button to remove it, and the reason is given.
    await expect(page.getByRole('button', { name: /^Remove/ }).count()).resolves.toBe(0);
    await page.getByText('Your only second factor cannot be removed', { exact: false }).waitFor();
    await check(page, '22-factor-removed');
  });

  it('R25 no PHI in titles, addresses or browser storage; no CSP violations', async () => {
    for (const title of titles) expect(title).not.toContain(PSEUDONYM);
    for (const url of urls) {
      expect(url).not.toContain(PSEUDONYM);
      expect(new URL(url).search).toBe('');
    }
    const storage = await page.evaluate<{ local: number; session: number; idb: number }>(
      `(async () => ({ local: localStorage.length, session: sessionStorage.length, idb: (await indexedDB.databases()).length }))()`,
    );
    expect(storage).toEqual({ local: 0, session: 0, idb: 0 });
    const cookies = await ctx.cookies();
    for (const c of cookies) expect(c.value).not.toContain(PSEUDONYM);
    expect(problems).toEqual([]);
  });
});
