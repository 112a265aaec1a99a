// A separate process for the R06 test (src/http/recording-mode.test.ts), started with the module
// trace hooks (test/module-trace): opens a runtime in TACET_DATA_DIR with the environment's
// TACET_RECORDING, builds the whole app, registers every job as `bin/tacet serve` does, answers a
// few requests, and prints the modules it loaded and what it answered.
import { loadConfig } from '../src/config/config.ts';
import { createLogger } from '../src/logging/logger.ts';
import { openRuntime } from '../src/platform/runtime.ts';
import { buildApp } from '../src/http/server.ts';
import { registerDeploymentJobs, registerJobs, scheduleRecurringJobs } from '../src/features/jobs.ts';
import { routeTable } from '../src/http/pipeline.ts';
import './module-trace/register.ts';

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
const rt = await openRuntime(config, createLogger('silent'));
const app = await buildApp(rt);
await app.ready();
registerJobs(rt);
await registerDeploymentJobs(rt);
await scheduleRecurringJobs(rt);
const health = await app.inject({ method: 'GET', url: '/api/health' });
const upload = await app.inject({ method: 'POST', url: '/api/sessions/00000000-0000-4000-8000-000000000001/recordings', payload: { contentType: 'audio/wav', totalBytes: 10 } });
const modules = await globalThis.loadedModules();
process.stdout.write(`${JSON.stringify({
  modules: modules.filter((u) => u.startsWith('file:')),
  health: health.json<unknown>(),
  permissionsPolicy: health.headers['permissions-policy'],
  uploadStatus: upload.statusCode,
  routes: routeTable(app).map((r) => `${r.method} ${r.url}`),
})}\n`);
await app.close();
await rt.close();
