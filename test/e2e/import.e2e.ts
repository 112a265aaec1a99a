// CSV import in a real browser against a real Tacet (issue 19, R14): a therapist uploads a
// sessions file, maps its columns, sees a refused row by line and column, cancels, checks again,
// imports, and finds the clients under their initials.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axe, newContext, prerequisites, screenshot, signUpOwner, startTacet, type Tacet } from './harness.ts';

const missing = prerequisites();
if (missing !== null && process.env.CI === 'true') throw new Error(`browser tests cannot run: ${missing}`);
if (missing !== null) console.warn(`web e2e skipped: ${missing}`);
const EMAIL = 'dr.import@example.test';

// Headers named as Tacet's fields are mapped by themselves; "Kode" is mapped by hand.
const CSV = [
  'clientRef,name,startsAt,durationMinutes,Kode,modality,placeOfService,attendance',
  'X-1,Wendeline Quarrystone,2026-01-12 09:00,53,90837,video,10,attended',
  'X-2,Osric Thistlebrook,2026-01-13 10:00,45,90834,in person,11,no show',
  'X-1,Wendeline Quarrystone,2026-01-19 09:00,53,99999,video,10,attended',
].join('\n');

let t: Tacet;
let ctx: BrowserContext;
let page: Page;

describe.skipIf(missing !== null)('CSV import, end to end', () => {
  beforeAll(async () => {
    t = await startTacet();
    ctx = await newContext(t);
    page = await ctx.newPage();
    await signUpOwner(t, page, { name: 'Ines Import', email: EMAIL, practice: 'Import Counseling' });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('R14 R18 maps the columns, reviews staged rows with a refused cell by line and column, cancels, then imports', async () => {
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'Import' }).waitFor();
    await page.getByLabel('What the file holds').selectOption('sessions');
    await page.getByLabel('CSV file').setInputFiles({ name: 'sessions.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await page.getByRole('button', { name: 'Read the columns' }).click();
    const mapping = page.getByRole('form', { name: 'Column mapping' });
    await mapping.waitFor();
    expect(await page.getByLabel('startsAt').inputValue()).toBe('startsAt');
    await page.getByLabel('Kode').selectOption('serviceCode');
    await page.getByLabel('Time zone of the times in the file').fill('America/Chicago');
    await screenshot(page, 'import-01-mapping');
    expect(await axe(page), 'axe on the mapping step').toEqual([]);
    await page.getByRole('button', { name: 'Check the rows' }).click();
    const review = page.getByRole('region', { name: 'Review' });
    await review.waitFor();
    const problems = page.getByRole('table', { name: 'Problems' });
    await expect.poll(() => problems.locator('tbody tr').allInnerTexts()).toEqual(['4\t5\tserviceCode\tis not a supported psychotherapy service code']);
    await expect.poll(() => page.getByRole('table', { name: 'Sessions to import' }).locator('tbody tr td:nth-child(2)').allInnerTexts()).toEqual(['W.Q.', 'O.T.']);
    // Neither the refused value nor a full name is shown back.
    expect(await review.innerText()).not.toMatch(/99999|Wendeline|Thistlebrook/);
    await screenshot(page, 'import-02-review');
    expect(await axe(page), 'axe on the review').toEqual([]);
    await page.getByRole('button', { name: 'Cancel import' }).click();
    await review.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Check the rows' }).click();
    await review.waitFor();
    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await page.getByText('Imported 2 clients, 2 sessions and 0 measures.').waitFor();
    await page.getByRole('link', { name: 'Go to clients' }).click();
    await page.getByText('W.Q.').first().waitFor();
    await page.getByText('O.T.').first().waitFor();
    await screenshot(page, 'import-03-clients');
  });
});
