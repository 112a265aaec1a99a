// Export in a real browser against a real Tacet (issue 17, R09): a solo therapist exports "my
// records" and then one client, watches the progress bar, downloads each zip and the test opens
// it. The job runner runs inside the test's server, as `tacet serve` runs it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { registerJobs } from '../../src/features/jobs.ts';
import { axe, newContext, prerequisites, screenshot, signUpOwner, startTacet, type Tacet } from './harness.ts';
import { unzip } from '../unzip.ts';

const missing = prerequisites();
if (missing !== null && process.env.CI === 'true') throw new Error(`browser tests cannot run: ${missing}`);
if (missing !== null) console.warn(`web e2e skipped: ${missing}`);
const EMAIL = 'dr.export@example.test';

let t: Tacet;
let ctx: BrowserContext;
let page: Page;


async function exportAndDownload(name: string): Promise<Map<string, Buffer>> {
  await page.getByRole('button', { name: 'Start export' }).click();
  await page.getByRole('progressbar', { name: 'Export progress' }).or(page.getByRole('link', { name: 'Download the archive' })).first().waitFor();
  const link = page.getByRole('link', { name: 'Download the archive' });
  await link.waitFor({ timeout: 60_000 });
  await screenshot(page, name);
  expect(await axe(page), `axe on ${name}`).toEqual([]);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = await download.path();
  const fs = await import('node:fs');
  return unzip(fs.readFileSync(file));
}

describe.skipIf(missing !== null)('export, end to end', () => {
  beforeAll(async () => {
    t = await startTacet();
    registerJobs(t.runtime);
    t.runtime.jobs.start();
    ctx = await newContext(t);
    page = await ctx.newPage();
    // Sign up, enrol an authenticator app, accept the BAA, add two clients.
    await signUpOwner(t, page, { name: 'Dana Export', email: EMAIL, practice: 'Export Counseling' });
    await page.goto('/clients');
    for (const label of ['Juniper', 'Rowan']) {
      await page.getByLabel('Pseudonym', { exact: true }).fill(label);
      await page.getByRole('button', { name: 'Add client' }).click();
      await page.getByRole('heading', { name: `Client ${label}` }).waitFor();
      await page.goto('/clients');
    }
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('R09 exports "my records" with a progress bar and a download that holds JSON, FHIR and CSV', async () => {
    await page.getByRole('link', { name: 'Export' }).click();
    await page.getByRole('heading', { name: 'Export' }).waitFor();
    await page.getByLabel('What to export').selectOption('mine');
    const files = await exportAndDownload('export-01-mine');
    for (const f of ['manifest.json', 'records/clients.json', 'fhir/bundle.json', 'csv/clients.csv', 'csv/sessions.csv', 'csv/measures.csv']) expect([...files.keys()]).toContain(f);
    const clients = JSON.parse(files.get('records/clients.json')?.toString() ?? '[]') as Array<{ label: string }>;
    expect(clients.map((c) => c.label).sort()).toEqual(['Juniper', 'Rowan']);
    const bundle = JSON.parse(files.get('fhir/bundle.json')?.toString() ?? '{}') as { resourceType: string; entry: unknown[] };
    expect(bundle.resourceType).toBe('Bundle');
  });

  it('R11 R09 exports one client: only that client is in the archive', async () => {
    await page.goto('/export');
    await page.getByLabel('What to export').selectOption('client');
    await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Rowan' });
    const files = await exportAndDownload('export-02-client');
    const clients = JSON.parse(files.get('records/clients.json')?.toString() ?? '[]') as Array<{ label: string }>;
    expect(clients.map((c) => c.label)).toEqual(['Rowan']);
    const manifest = JSON.parse(files.get('manifest.json')?.toString() ?? '{}') as { scope: { kind: string } };
    expect(manifest.scope.kind).toBe('client');
  });
});
