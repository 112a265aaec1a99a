// npm run licenses:check — every package that ships with Tacet carries a licence Tacet may be
// combined with under AGPL-3.0-or-later, and THIRD_PARTY.md names each of them with that licence.
//
// "Ships" means npm's production tree (`npm ls --omit=dev --all`): package-lock.json marks every
// package needed only for development `dev: true`; everything else is installed for production,
// including platform-specific optional binaries (they ship on other machines, so they are checked
// from the lock file's licence when they are not installed here). Installed packages are read
// from their own package.json, not from the lock file, so a package that changed its licence
// between versions is seen as installed.
//
//   node --import tsx scripts/licenses.ts              check; exit 1 on any problem
//   node --import tsx scripts/licenses.ts --markdown   print the dependency table for THIRD_PARTY.md
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Licences compatible with distributing the whole as AGPL-3.0-or-later (SPDX ids). The reasoning,
 * from the FSF's licence list and the licences' own terms:
 * - permissive licences (MIT, ISC, BSD-2/3, 0BSD, Zlib, BlueOak, Python-2.0, Unlicense, CC0, WTFPL)
 *   ask only for notices, which THIRD_PARTY.md and the packages' own files keep;
 * - Apache-2.0 is compatible with (A)GPL version 3 (not with GPL-2.0-only: its patent and
 *   indemnity terms are "further restrictions" there, which is why GPL-2.0-only is absent here);
 * - MPL-2.0 allows combination with GPL-family licences (its §3.3 "Secondary Licenses") unless
 *   the file says "Incompatible With Secondary Licenses" — none of the installed ones does;
 * - LGPL-2.1 and LGPL-3.0 allow use from (A)GPL-3 code, and LGPL-2.1 may be upgraded to GPL;
 * - GPL-3.0 and AGPL-3.0 combine by each one's §13; GPL-2.0-or-later by choosing version 3;
 * - CC-BY-4.0 is listed by the FSF as compatible with GPL-3 (attribution kept).
 */
export const ALLOWED: ReadonlySet<string> = new Set([
  'MIT',
  'MIT-0',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  '0BSD',
  'Zlib',
  'BlueOak-1.0.0',
  'Python-2.0',
  'Unlicense',
  'CC0-1.0',
  'WTFPL',
  'Apache-2.0',
  'MPL-2.0',
  'LGPL-2.1-only',
  'LGPL-2.1-or-later',
  'LGPL-3.0-only',
  'LGPL-3.0-or-later',
  'GPL-2.0-or-later',
  'GPL-3.0-only',
  'GPL-3.0-or-later',
  'AGPL-3.0-only',
  'AGPL-3.0-or-later',
  'CC-BY-3.0',
  'CC-BY-4.0',
]);

/** Old or loose spellings npm packages use, mapped to their SPDX ids. */
const ALIASES: Readonly<Record<string, string>> = {
  'Apache 2.0': 'Apache-2.0',
  'Apache License 2.0': 'Apache-2.0',
  BSD: 'BSD-3-Clause',
  'GPL-3.0': 'GPL-3.0-only',
  'LGPL-3.0': 'LGPL-3.0-only',
  'LGPL-2.1': 'LGPL-2.1-only',
  'AGPL-3.0': 'AGPL-3.0-only',
  'GPL-2.0+': 'GPL-2.0-or-later',
  'GPL-3.0+': 'GPL-3.0-or-later',
};

export interface ShippedPackage {
  name: string;
  version: string;
  /** The licence as the package declares it (an SPDX expression, normally). */
  license: string;
  /** Where it is installed, relative to the project root; undefined when not installed here. */
  path: string | undefined;
}

interface LockEntry {
  version?: string;
  license?: string;
  dev?: boolean;
  link?: boolean;
}

interface PackageJson {
  name?: string;
  version?: string;
  license?: string | { type?: string };
  licenses?: Array<{ type?: string }>;
}

function declaredLicense(pkg: PackageJson): string | undefined {
  if (typeof pkg.license === 'string') return pkg.license;
  // Read by hand from the package's own LICENSE file, because its package.json has no field.
  if (pkg.name !== undefined && pkg.license === undefined && UNDECLARED[`${pkg.name}@${pkg.version ?? ''}`] !== undefined) return UNDECLARED[`${pkg.name}@${pkg.version ?? ''}`];
  if (pkg.license && typeof pkg.license.type === 'string') return pkg.license.type;
  const old = (pkg.licenses ?? []).map((l) => l.type).filter((t): t is string => typeof t === 'string');
  return old.length ? old.join(' OR ') : undefined;
}

/** The production packages of the project at `root`, from its lock file and node_modules. */
export function shippedPackages(root: string): ShippedPackage[] {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages?: Record<string, LockEntry> };
  if (!lock.packages) throw new Error('package-lock.json has no "packages" map (lockfileVersion 2 or later is needed)');
  const out: ShippedPackage[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.dev === true || entry.link === true) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const manifest = join(root, path, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as PackageJson;
      out.push({ name: pkg.name ?? name, version: pkg.version ?? entry.version ?? '?', license: declaredLicense(pkg) ?? '', path });
    } else {
      out.push({ name, version: entry.version ?? '?', license: entry.license ?? '', path: undefined });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/**
 * Whether an SPDX expression is acceptable: `A OR B` needs one side allowed (we may choose it),
 * `A AND B` needs both, `A WITH exception` is judged by A (exceptions only add permissions).
 */
/** Packages whose package.json names no licence but whose LICENSE file does (checked by a person, per version). */
const UNDECLARED: Record<string, string> = {
  // pdfkit's PNG decoder: LICENSE is "MIT License, Copyright (c) 2017 Devon Govett".
  'png-js@2.0.0': 'MIT',
};

export function licenseAllowed(expression: string, allowed: ReadonlySet<string> = ALLOWED): boolean {
  const tokens = expression.replace(/[()]/g, (p) => ` ${p} `).trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return false;
  let i = 0;
  const parseOr = (): boolean => {
    let ok = parseAnd();
    while (tokens[i] === 'OR') {
      i++;
      const right = parseAnd();
      ok = ok || right;
    }
    return ok;
  };
  const parseAnd = (): boolean => {
    let ok = parseAtom();
    while (tokens[i] === 'AND') {
      i++;
      const right = parseAtom();
      ok = ok && right;
    }
    return ok;
  };
  const parseAtom = (): boolean => {
    const t = tokens[i++];
    if (t === undefined) return false;
    if (t === '(') {
      const ok = parseOr();
      if (tokens[i++] !== ')') return false;
      return ok;
    }
    // Licence names with spaces ("Apache 2.0") are rejoined up to the next operator.
    let id = t;
    while (i < tokens.length && !['AND', 'OR', 'WITH', ')'].includes(tokens[i]!)) id += ` ${tokens[i++]!}`;
    if (tokens[i] === 'WITH') i += 2;
    return allowed.has(ALIASES[id] ?? id);
  };
  const ok = parseOr();
  return ok && i === tokens.length;
}

export interface CheckResult {
  packages: ShippedPackage[];
  /** One line per problem; ids and licences only. */
  problems: string[];
}

/** The THIRD_PARTY.md dependency rows: `| \`name\` | licence |` (extra columns are ignored). */
export function listedPackages(markdown: string): Map<string, string> {
  const rows = new Map<string, string>();
  for (const m of markdown.matchAll(/^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|/gm)) rows.set(m[1]!, m[2]!);
  return rows;
}

/** Licences grouped per package name, as THIRD_PARTY.md lists them. */
export function licencesByName(packages: readonly ShippedPackage[]): Map<string, string> {
  const by = new Map<string, Set<string>>();
  for (const p of packages) {
    const s = by.get(p.name) ?? new Set<string>();
    s.add(p.license || 'UNKNOWN');
    by.set(p.name, s);
  }
  return new Map([...by].map(([n, s]) => [n, [...s].sort().join('; ')]));
}

export function checkLicenses(root: string): CheckResult {
  const packages = shippedPackages(root);
  const problems: string[] = [];
  for (const p of packages) {
    if (!p.license) problems.push(`${p.name}@${p.version}: declares no licence`);
    else if (!licenseAllowed(p.license)) problems.push(`${p.name}@${p.version}: licence "${p.license}" is not on the AGPL-3.0-or-later allow-list`);
  }
  const ownLicense = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson).license;
  if (ownLicense !== 'AGPL-3.0-or-later') problems.push(`package.json: license is ${JSON.stringify(ownLicense)}, expected "AGPL-3.0-or-later"`);
  if (!existsSync(join(root, 'LICENSE'))) problems.push('LICENSE: missing');
  else if (!readFileSync(join(root, 'LICENSE'), 'utf8').includes('GNU AFFERO GENERAL PUBLIC LICENSE')) problems.push('LICENSE: not the GNU AGPL text');
  const thirdPartyFile = join(root, 'THIRD_PARTY.md');
  if (!existsSync(thirdPartyFile)) {
    problems.push('THIRD_PARTY.md: missing');
    return { packages, problems };
  }
  const doc = readFileSync(thirdPartyFile, 'utf8');
  const listed = listedPackages(doc);
  for (const [name, licence] of licencesByName(packages)) {
    const row = listed.get(name);
    if (row === undefined) problems.push(`THIRD_PARTY.md: ${name} (${licence}) is not listed`);
    else if (row !== licence) problems.push(`THIRD_PARTY.md: ${name} is listed as "${row}", its package declares "${licence}"`);
  }
  // Every licence file kept beside the shipped word lists is named in THIRD_PARTY.md, so a list
  // added with its licence cannot ship unlisted.
  const dictLicences = join(root, 'resources', 'dicts', 'licenses');
  if (existsSync(dictLicences)) {
    for (const f of readdirSync(dictLicences)) if (!doc.includes(f)) problems.push(`THIRD_PARTY.md: resources/dicts/licenses/${f} is not named`);
  }
  return { packages, problems };
}

export function markdownTable(packages: readonly ShippedPackage[]): string {
  const lines = ['| package | licence |', '|---|---|'];
  for (const [name, licence] of licencesByName(packages)) lines.push(`| \`${name}\` | ${licence} |`);
  return lines.join('\n');
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  if (process.argv.includes('--markdown')) {
    console.log(markdownTable(shippedPackages(root)));
    return;
  }
  const { packages, problems } = checkLicenses(root);
  for (const p of problems) console.error(p);
  console.log(`${packages.length} production packages checked; ${problems.length} problem(s).`);
  if (problems.length > 0) process.exitCode = 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
