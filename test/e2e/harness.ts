// A real Tacet for browser tests: the embedded database (PGlite) in a temporary data directory,
// mail through the in-process SMTP server of test/smtp.ts (so the test reads the sign-in link
// from a real email), HTTP on a free loopback port, and Debian's chromium driven by
// playwright-core. Also: axe-core checks, screenshots under test-results/, and a record of any
// CSP violation the page reports.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { TOTP, Secret } from 'otpauth';
import { loadConfig } from '../../src/config/config.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { openRuntime, type Runtime } from '../../src/platform/runtime.ts';
import { buildApp } from '../../src/http/server.ts';
import { systemContext, withTenant } from '../../src/db/tenant.ts';
import { WEB_DIST } from '../../src/features/web/routes.ts';
import { startSmtp, type TestSmtp } from '../smtp.ts';
import { startAiStub, type AiStub } from '../ai-stubs.ts';
import type { Clock } from '../../src/platform/clock.ts';
import { freePort } from '../net.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve('test-results');

export interface Tacet {
  url: string;
  runtime: Runtime;
  smtp: TestSmtp;
  /**
   * A local server speaking Anthropic's API and the OpenAI-compatible one, for the remote-provider
   * and on-premises paths (real SDKs, real HTTP).
   */
  ai: AiStub;
  browser: Browser;
  close(): Promise<void>;
}


export function prerequisites(): string | null {
  if (!fs.existsSync(CHROMIUM)) return `${CHROMIUM} is missing (apt-get install chromium)`;
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) return 'web/dist is missing (npm run build:web)';
  return null;
}

/**
 * `env`: more configuration (TACET_RECORDING=enabled for the recording test); `browserArgs`: more
 * chromium switches (its fake microphone).
 * `clock`: a TestClock (test/clock.ts) that the server and its database then read, which the test
 * moves in-process. The control exists only here, in the test runtime: the server has no route
 * or setting that moves its clock.
 */
export async function startTacet(opts: { clock?: Clock; env?: Record<string, string>; browserArgs?: string[] } = {}): Promise<Tacet> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-e2e-'));
  const smtp = await startSmtp();
  const ai = await startAiStub();
  const port = await freePort();
  // "localhost", not 127.0.0.1: browsers accept no IP address as a WebAuthn RP ID, and treat
  // http://localhost as a secure context (passkeys need one).
  const url = `http://localhost:${port}`;
  const config = loadConfig({ TACET_DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: url, SMTP_URL: smtp.url, LOG_LEVEL: 'warn', AI_ANTHROPIC_API_KEY: 'e2e-test-key', AI_ANTHROPIC_BASE_URL: ai.url, AI_ONPREM_BASE_URL: `${ai.url}/v1`, AI_ONPREM_MODEL: 'llama-3.1-8b-instruct', AI_MAX_RETRIES: '0', AI_TIMEOUT_MS: '5000', ...opts.env });
  const runtime = await openRuntime(config, createLogger('warn'), opts.clock !== undefined ? { clock: opts.clock } : {});
  const app: FastifyInstance = await buildApp(runtime);
  await app.listen({ host: '127.0.0.1', port });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync', ...(opts.browserArgs ?? [])],
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url,
    runtime,
    smtp,
    ai,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await runtime.close();
      await smtp.close();
      await ai.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A tablet-sized window: the app must work down to this width. */
export async function newContext(t: Tacet, viewport = { width: 1024, height: 768 }): Promise<BrowserContext> {
  return t.browser.newContext({ viewport, baseURL: t.url, locale: 'en-US', timezoneId: 'America/New_York' });
}

/** The accessible name of the focused element, as the keyboard user meets it. */
export async function focused(page: Page): Promise<string> {
  return page.evaluate<string>(
    `(() => { const el = document.activeElement; if (!el) return ''; const id = el.id; const label = id ? document.querySelector('label[for="' + id + '"]') : null; return (el.tagName + ' ' + ((label && label.textContent) || el.getAttribute('aria-label') || el.textContent || '')).trim(); })()`,
  );
}

/** Records CSP violations and page errors: the app must run under the strict CSP untouched. */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core on the page as it is and returns its serious and critical violations. The script
 * is evaluated through the DevTools protocol, which the page's CSP does not govern, so the check
 * needs no weakening of the policy under test.
 */
export async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The sign-in link of the newest mail to `to`, on this server's origin. */
export async function linkFor(t: Tacet, to: string, after = 0): Promise<string> {
  const start = Date.now();
  for (;;) {
    const mail = t.smtp.messages.slice(after).reverse().find((m) => m.to.includes(to));
    const link = mail !== undefined ? /https?:\/\/\S+\/auth\/verify#token=[A-Za-z0-9_-]{43}/.exec(mail.body)?.[0] : undefined;
    if (link !== undefined) return link;
    if (Date.now() - start > 10_000) throw new Error(`no sign-in link reached ${to}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function totpCode(base32: string): string {
  return new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(base32) }).generate();
}

/** Moves a user's sessions' last activity back, as if they had been idle this long. */
export async function idleFor(t: Tacet, email: string, seconds: number): Promise<void> {
  await withTenant(t.runtime.db, systemContext(), async (trx) => {
    const user = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    await trx
      .updateTable('sessions')
      .set({ last_seen_at: new Date(t.runtime.clock.now().getTime() - seconds * 1000) })
      .where('user_id', '=', user.id)
      .where('revoked_at', 'is', null)
      .execute();
  });
}

/** Makes a user's last second-factor confirmation old, so the next security change asks again. */
export async function staleStepUp(t: Tacet, email: string): Promise<void> {
  await withTenant(t.runtime.db, systemContext(), async (trx) => {
    const user = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    const old = new Date(t.runtime.clock.now().getTime() - 10 * 60_000);
    await trx.updateTable('sessions').set({ step_up_at: old, mfa_at: old }).where('user_id', '=', user.id).where('revoked_at', 'is', null).execute();
  });
}

/**
 * Follows an emailed sign-in link, enrols an authenticator app and confirms the recovery codes were
 * saved. Returns the TOTP secret and the 30-second step its first code used (a code is accepted once
 * per step, so a later step-up must wait for the next one).
 */
export async function linkAndEnrol(page: Page, link: string): Promise<{ secret: string; step: number }> {
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Use an authenticator app' }).click();
  const secret = (await page.locator('code.secret').textContent()) ?? '';
  const step = Math.floor(Date.now() / 30_000);
  await page.getByLabel('Code shown by the app').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
  return { secret, step };
}

/** A new practice's owner through the whole on-boarding: sign-up form, emailed link, authenticator, BAA. */
export async function signUpOwner(t: Tacet, page: Page, who: { name: string; email: string; practice: string }): Promise<{ secret: string; step: number }> {
  await page.goto('/signup');
  await page.getByLabel('Your name').fill(who.name);
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Practice name').fill(who.practice);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
  const enrolled = await linkAndEnrol(page, await linkFor(t, who.email));
  await page.getByLabel('I have read this agreement and accept it on behalf of the practice.').check();
  await page.getByRole('button', { name: 'Accept the agreement' }).click();
  await page.getByText(/^Accepted on/).waitFor();
  return enrolled;
}
