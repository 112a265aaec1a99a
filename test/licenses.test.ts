// The licence gate (issue 14, item 7) run by the test suite, so CI refuses a dependency whose
// licence cannot ship with AGPL-3.0-or-later, or one that THIRD_PARTY.md does not name.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLicenses, licenseAllowed, listedPackages, markdownTable } from '../scripts/licenses.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

describe('licences', () => {
  it('every shipped package has a licence compatible with AGPL-3.0-or-later and is listed in THIRD_PARTY.md', () => {
    const { packages, problems } = checkLicenses(root);
    expect(problems).toEqual([]);
    // The production tree is walked, not an empty list: the runtime's direct dependencies are in it.
    const names = new Set(packages.map((p) => p.name));
    for (const direct of ['fastify', 'kysely', 'openai', 'zod']) expect(names.has(direct)).toBe(true);
    // Development-only packages do not ship and are not required in the list.
    expect(names.has('vitest')).toBe(false);
  });

  it('reads SPDX expressions: OR takes the better side, AND needs both, WITH is judged by its licence', () => {
    expect(licenseAllowed('MIT')).toBe(true);
    expect(licenseAllowed('(MIT OR GPL-2.0-only)')).toBe(true);
    expect(licenseAllowed('GPL-2.0-only')).toBe(false);
    expect(licenseAllowed('MIT AND GPL-2.0-only')).toBe(false);
    expect(licenseAllowed('(Apache-2.0 AND (MIT OR CC0-1.0))')).toBe(true);
    expect(licenseAllowed('Apache-2.0 WITH LLVM-exception')).toBe(true);
    expect(licenseAllowed('SSPL-1.0')).toBe(false);
    expect(licenseAllowed('BUSL-1.1')).toBe(false);
    expect(licenseAllowed('UNLICENSED')).toBe(false);
    expect(licenseAllowed('CC-BY-NC-4.0')).toBe(false);
    expect(licenseAllowed('')).toBe(false);
    expect(licenseAllowed('(MIT')).toBe(false);
  });

  it('the generated table round-trips through the THIRD_PARTY.md reader', () => {
    const table = markdownTable([
      { name: '@scope/a', version: '1.0.0', license: 'MIT', path: 'node_modules/@scope/a' },
      { name: 'b', version: '2.0.0', license: 'ISC', path: undefined },
      { name: 'b', version: '3.0.0', license: 'MIT', path: 'node_modules/x/node_modules/b' },
    ]);
    expect([...listedPackages(table)]).toEqual([
      ['@scope/a', 'MIT'],
      ['b', 'ISC; MIT'],
    ]);
  });
});
