// Every feature registers its routes here, in one place, so the route table is easy to review.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../platform/runtime.ts';
import type { AppOptions } from '../http/server.ts';
import { healthRoutes } from './health/routes.ts';
import { mfaRoutes } from './auth/mfa/routes.ts';
import { clientRoutes } from './clients/routes.ts';
import { encounterRoutes } from './encounters/routes.ts';
import { noteRoutes } from './notes/routes.ts';
import { planRoutes } from './plans/routes.ts';
import { assessmentRoutes } from './assessments/routes.ts';
import { timelineRoutes } from './timeline/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { accountRoutes } from './account/routes.ts';
import { practiceRoutes } from './practice/routes.ts';
import { grantRoutes } from './grants/routes.ts';
import { operatorRoutes } from './operator/routes.ts';
import { settingsRoutes } from './settings/routes.ts';
import { transcriptRoutes } from './transcripts/routes.ts';
import { redactionRoutes } from './redaction/routes.ts';
import { verifyPageRoutes } from './auth/verify-page.ts';
import { aiRoutes } from './ai/routes.ts';
import { exportRoutes } from './export/routes.ts';
import { deletionRoutes } from './deletion/routes.ts';
import { departureRoutes } from './practice/departure-routes.ts';
import { cancellationRoutes } from './cancellation/routes.ts';
import { importRoutes } from './import/routes.ts';
import { retentionRoutes } from './retention/routes.ts';

export async function registerFeatures(app: FastifyInstance, runtime: Runtime, opts: AppOptions = {}): Promise<void> {
  healthRoutes(app, runtime);
  mfaRoutes(app, runtime);
  clientRoutes(app, runtime);
  encounterRoutes(app, runtime);
  noteRoutes(app, runtime);
  planRoutes(app, runtime);
  assessmentRoutes(app, runtime);
  timelineRoutes(app, runtime);
  authRoutes(app, runtime, opts.linksPerAddress);
  accountRoutes(app, runtime);
  practiceRoutes(app, runtime);
  grantRoutes(app, runtime);
  operatorRoutes(app, runtime);
  settingsRoutes(app, runtime);
  transcriptRoutes(app, runtime);
  redactionRoutes(app, runtime);
  verifyPageRoutes(app);
  aiRoutes(app, runtime);
  exportRoutes(app, runtime);
  deletionRoutes(app, runtime);
  departureRoutes(app, runtime);
  cancellationRoutes(app, runtime);
  importRoutes(app, runtime);
  retentionRoutes(app, runtime);
  // R06: the one door to the recording and transcription modules. In a no-recording deployment
  // this import never runs, so neither module is loaded (and the no-recording build leaves them out).
  if (runtime.config.recording) await (await import('./recording/index.ts')).registerRecording(app, runtime);
  await (await import('./web/routes.ts')).webRoutes(app); // last: the web app's catch-all GET answers what no route above does
}
