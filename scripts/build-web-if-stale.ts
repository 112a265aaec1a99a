// Builds the web application unless web/dist is already newer than everything it is built from
// (web/ sources and configuration, package-lock.json). `npm test` runs the browser tests after the
// suite and `npm ci` has just built the app (the `prepare` script): rebuilding it before each
// browser-test run cost CI about half a minute a time for the same output. A stale or missing
// build is always rebuilt, so a changed screen is never tested from an old bundle.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'web');
const builtAt = (() => {
  try {
    return fs.statSync(path.join(web, 'dist', 'index.html')).mtimeMs;
  } catch {
    return -1;
  }
})();

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'dist' || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

const sources = Math.max(newestSource(web), fs.statSync(path.join(root, 'package-lock.json')).mtimeMs);
if (builtAt > sources) {
  console.log('web/dist is up to date; not rebuilding');
} else {
  execFileSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'inherit' });
}
