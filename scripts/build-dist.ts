// npm run build — the bundled distribution of Tacet in dist/: the server as a few ES modules
// (esbuild; our code only, every npm package stays external and is loaded from node_modules as
// from source), beside the files it reads at run time, and the web application built for it.
// bin/tacet runs it instead of the TypeScript source when it was built from the current source.
//
// npm run build:no-recording (R06) — the same distribution without the recording and
// transcription code: src/features/recording/** and src/features/transcription/** are not in the
// server's output and web/src/recording/** is not in the web bundle. It is not a switch that could
// be turned back on: the code is not there. Starting it with TACET_RECORDING=enabled fails.
//
//   node --import tsx scripts/build-dist.ts [--no-recording] [--out DIR] [--no-web]
//
// Layout of DIR (default dist/): server/ holds the bundle (main.js, the deid worker, shared
// chunks); src/db/migrations/, resources/ and web/dist/ sit where the source tree has them, and
// every module's import.meta.url is rewritten to its place in that mirror, so the source's
// relative paths (migrations, word lists, web bundle, createRequire) hold unchanged in the bundle.
// build.json records the flavour and every input with its modification time, which is how
// bin/tacet tells a fresh build from a stale one. Packages resolve from the node_modules above
// DIR (or a node_modules link inside it).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Folders whose code exists only in a recording deployment (server side). */
export const SERVER_RECORDING_DIRS = ['src/features/recording', 'src/features/transcription'];
/** The web application's recording screens. */
export const WEB_RECORDING_DIR = 'web/src/recording';
/** The one import the no-recording build answers with src/features/recording-absent.ts. */
const RECORDING_ENTRY = './recording/index.ts';
const RECORDING_IMPORTERS = ['src/features/index.ts', 'src/features/jobs.ts'];

export interface BuildInfo {
  format: 1;
  recording: boolean;
  builtAt: string;
  /** The source modules bundled into server/ (esbuild's own record), for anyone checking what is in it. */
  modules: string[];
  /** Repository-relative paths (files and folders) with their mtimeMs when the build read them. */
  inputs: [string, number][];
}

const rel = (p: string): string => path.relative(ROOT, p).split(path.sep).join('/');
const inside = (p: string, dir: string): boolean => rel(p) === dir || rel(p).startsWith(`${dir}/`);

/**
 * Gives every module the import.meta.url it would have in the mirror of the source tree under the
 * output folder: `../src/db/migrate.js` from the bundle in server/, where every output file lies.
 */
function moduleUrlPlugin(): esbuild.Plugin {
  return {
    name: 'tacet-module-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const text = fs.readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const mirrored = `../${rel(args.path).replace(/\.ts$/, '.js')}`;
        return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(mirrored)}, import.meta.url).href`), loader: 'ts' };
      });
    },
  };
}

/**
 * The no-recording build: the sanctioned dynamic import of the recording module resolves to a
 * module that refuses to start; any other import reaching the two folders fails the build, so a
 * static import added by mistake cannot carry the code in.
 */
export function noRecordingPlugin(): esbuild.Plugin {
  return {
    name: 'tacet-no-recording',
    setup(build) {
      build.onResolve({ filter: /(recording|transcription)/ }, (args) => {
        if (args.kind === 'entry-point' || !args.path.startsWith('.')) return undefined;
        const target = path.resolve(args.resolveDir, args.path);
        if (!SERVER_RECORDING_DIRS.some((d) => inside(target, d))) return undefined;
        if (args.path === RECORDING_ENTRY && RECORDING_IMPORTERS.includes(rel(args.importer)) && args.kind === 'dynamic-import') {
          return { path: path.join(ROOT, 'src/features/recording-absent.ts') };
        }
        return { errors: [{ text: `${rel(args.importer)} imports ${args.path}: only the dynamic import of ${RECORDING_ENTRY} in ${RECORDING_IMPORTERS.join(' and ')} may reach the recording code, which the no-recording build leaves out` }] };
      });
    },
  };
}

function walk(dir: string, skip: (p: string) => boolean, out: string[] = []): string[] {
  out.push(dir);
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (skip(p)) continue;
    if (e.isDirectory()) walk(p, skip, out);
    else out.push(p);
  }
  return out;
}

function copyTree(from: string, to: string, filter: (name: string) => boolean = () => true): void {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    if (e.isDirectory()) copyTree(path.join(from, e.name), path.join(to, e.name), filter);
    else if (filter(e.name)) fs.copyFileSync(path.join(from, e.name), path.join(to, e.name));
  }
}

export async function buildServer(out: string, recording: boolean): Promise<esbuild.Metafile> {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [
      { in: 'src/cli/main.ts', out: 'main' },
      { in: 'src/deid/jsonl-worker.ts', out: 'jsonl-worker' },
      { in: 'src/audit/verify-worker.ts', out: 'audit-verify-worker' },
    ],
    outdir: path.join(out, 'server'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    packages: 'external',
    chunkNames: 'chunk-[hash]',
    keepNames: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    define: { __TACET_BUILD__: JSON.stringify({ recording }) },
    plugins: [moduleUrlPlugin(), ...(recording ? [] : [noRecordingPlugin()])],
  });
  if (!recording) {
    // Belt and braces: whatever the plugin let through, the build's own record of its inputs says.
    const leaked = Object.keys(result.metafile.inputs).filter((p) => SERVER_RECORDING_DIRS.some((d) => p.startsWith(`${d}/`)));
    if (leaked.length > 0) throw new Error(`no-recording build contains ${leaked.join(', ')}`);
  }
  return result.metafile;
}

export async function buildWeb(out: string, recording: boolean): Promise<void> {
  const { build } = await import('vite');
  // Vite keeps a NODE_ENV it finds set (vitest sets "test"), and React would then be its
  // development build: this is a production bundle wherever it is built from.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(ROOT, 'web/vite.config.ts'),
      mode: recording ? 'production' : 'no-recording',
      logLevel: 'warn',
      build: { outDir: path.join(out, 'web/dist'), emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** Builds the whole distribution into `out` (replacing what was there). */
export async function buildDist(opts: { out: string; recording: boolean; web?: boolean }): Promise<BuildInfo> {
  const out = path.resolve(opts.out);
  for (const d of ['server', 'src', 'resources', 'web', 'tacet.js']) fs.rmSync(path.join(out, d), { recursive: true, force: true });
  fs.rmSync(path.join(out, 'build.json'), { force: true });
  fs.mkdirSync(out, { recursive: true });
  // Outside the repository the output has no package.json above it saying these are ES modules.
  fs.writeFileSync(path.join(out, 'package.json'), `${JSON.stringify({ name: 'tacet-dist', private: true, type: 'module' }, null, 2)}\n`);
  // `node DIR/tacet.js serve`: the distribution's own command line, for copies run outside a checkout.
  fs.writeFileSync(path.join(out, 'tacet.js'), "#!/usr/bin/env node\nconst { main } = await import('./server/main.js');\nprocess.exitCode = await main(process.argv.slice(2));\n", { mode: 0o755 });
  const metafile = await buildServer(out, opts.recording);
  copyTree(path.join(ROOT, 'src/db/migrations'), path.join(out, 'src/db/migrations'), (n) => n.endsWith('.sql'));
  copyTree(path.join(ROOT, 'resources'), path.join(out, 'resources'));
  if (opts.web !== false) await buildWeb(out, opts.recording);

  // Every input, and every folder it lies in (a file added to a folder changes the folder's time).
  const inputs = new Set<string>(Object.keys(metafile.inputs).filter((p) => !p.startsWith('node_modules/') && !p.startsWith('<')).map((p) => path.join(ROOT, p)));
  for (const p of walk(path.join(ROOT, 'src'), (p) => p.endsWith('.test.ts'))) if (fs.statSync(p).isDirectory() || p.endsWith('.sql')) inputs.add(p);
  for (const p of walk(path.join(ROOT, 'resources'), () => false)) inputs.add(p);
  if (opts.web !== false) for (const p of walk(path.join(ROOT, 'web'), (p) => inside(p, 'web/dist') || inside(p, 'web/node_modules'))) inputs.add(p);
  inputs.add(path.join(ROOT, 'package-lock.json'));
  const info: BuildInfo = {
    format: 1,
    recording: opts.recording,
    builtAt: new Date().toISOString(),
    modules: Object.keys(metafile.inputs).filter((p) => !p.startsWith('<')).sort(),
    inputs: [...inputs].sort().map((p) => [rel(p), fs.statSync(p).mtimeMs]),
  };
  fs.writeFileSync(path.join(out, 'build.json'), `${JSON.stringify(info, null, 1)}\n`);
  return info;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { 'no-recording': { type: 'boolean' }, out: { type: 'string' }, 'no-web': { type: 'boolean' } } });
  const recording = values['no-recording'] !== true;
  const out = path.resolve(values.out ?? path.join(ROOT, 'dist'));
  // bin/tacet runs dist/ when it is fresh, and a server without its web app is not one to run.
  if (values['no-web'] === true && values.out === undefined) throw new Error('--no-web builds only with --out: bin/tacet runs dist/, which needs the web app');
  const t0 = performance.now();
  const info = await buildDist({ out, recording, web: values['no-web'] !== true });
  console.log(`built ${recording ? 'the' : 'the no-recording'} distribution in ${path.relative(process.cwd(), out) || '.'} (${info.inputs.length} inputs, ${((performance.now() - t0) / 1000).toFixed(1)} s); bin/tacet runs it while the source is unchanged`);
}
