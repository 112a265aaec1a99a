// Checks the built web application against the two promises the server's CSP and the issue make:
// no inline script or style in index.html (the CSP would refuse them: script-src 'self',
// style-src 'self'), and first-load JavaScript of at most 250 KB gzipped. First load = the entry
// script plus every chunk index.html preloads; lazily loaded screens are reported apart.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const LIMIT_BYTES = 250 * 1024;
const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(webDir, 'dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const problems: string[] = [];

// Every <script> must load a file; <style> elements and style="" attributes are inline styles.
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  if (!/\bsrc=/.test(m[1] ?? '') || (m[2] ?? '').trim() !== '') problems.push('index.html has an inline <script>');
}
if (/<style\b/i.test(html)) problems.push('index.html has a <style> element');
if (/\sstyle=/i.test(html)) problems.push('index.html has a style attribute');

// React style={{…}} props become inline style attributes at run time, which the CSP refuses too.
function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
for (const file of walk(path.join(webDir, 'src'))) {
  if (/\.tsx?$/.test(file) && /\bstyle=\{/.test(fs.readFileSync(file, 'utf8'))) problems.push(`${path.relative(webDir, file)} uses a style={…} prop; use a class`);
}

const firstLoad = [
  ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/gi)].map((m) => m[1] ?? ''),
  ...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/gi)].map((m) => m[1] ?? ''),
];
const gz = (file: string): number => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
let total = 0;
const seen = new Set<string>();
console.log('First-load JavaScript (gzipped):');
for (const src of firstLoad) {
  if (seen.has(src)) continue;
  seen.add(src);
  const size = gz(path.join(dist, src.replace(/^\//, '')));
  total += size;
  console.log(`  ${src.padEnd(48)} ${kb(size)}`);
}
let lazy = 0;
for (const file of walk(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'))) {
  if (!seen.has(`/${path.relative(dist, file).split(path.sep).join('/')}`)) lazy += gz(file);
}
const css = walk(path.join(dist, 'assets')).filter((f) => f.endsWith('.css')).reduce((n, f) => n + gz(f), 0);
console.log(`  total ${kb(total)} of ${kb(LIMIT_BYTES)} allowed; lazily loaded screens ${kb(lazy)}; CSS ${kb(css)}`);
if (total > LIMIT_BYTES) problems.push(`first-load JavaScript is ${kb(total)} gzipped, above ${kb(LIMIT_BYTES)}`);
if (firstLoad.length === 0) problems.push('index.html loads no script');

if (problems.length > 0) {
  for (const p of problems) console.error(`build:web: ${p}`);
  process.exit(1);
}
