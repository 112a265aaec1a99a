// R35 "on request, notes": a de-identified rendition of a note — for sharing with a supervisor,
// teaching, or a consultation — with the 18 Safe Harbor identifiers and the practice's active
// sensitive topics redacted. The stored note is not changed.
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { auditRead } from '../../audit/audit.ts';
import { redact } from '../../deid/index.ts';
import { clientSealer } from '../clients/seal.ts';
import { loadNoteForRead, openSections } from '../notes/queries.ts';
import { openNamesForAuthor, restoreSections } from '../notes/names.ts';
import { loadSettings } from '../settings/policy.ts';
import { countRedactions, deidContextFor } from '../transcripts/service.ts';

export function redactionRoutes(app: FastifyInstance, runtime: Runtime): void {
  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/notes/:noteId/redacted',
    summary: 'A de-identified rendition of a note (identifiers and active sensitive topics redacted); the note itself is unchanged',
    tags: ['notes'],
    auth: 'full',
    roles: ['practitioner', 'owner'],
    schema: {
      params: z.strictObject({ noteId: z.uuid() }),
      response: { 200: z.object({ noteId: z.uuid(), format: z.string(), sections: z.record(z.string(), z.string()), redactions: z.record(z.string(), z.number()) }) },
    },
    handler: async ({ params, tenant }) =>
      tenant(async (trx, ctx) => {
        const { row } = await loadNoteForRead(trx, ctx, params.noteId);
        const s = await clientSealer(runtime, ctx, row.client_id);
        // The author's own names are put back first, so that they are redacted like any other
        // name rather than left as the placeholders only the author could resolve.
        const sections = restoreSections(openSections(s, row), await openNamesForAuthor(runtime, ctx, row));
        const settings = await loadSettings(trx, ctx.practiceId);
        const dctx = await deidContextFor(trx, s, ctx, row.client_id, settings.active_topics, settings.custom_topics);
        const out: Record<string, string> = {};
        const counts: Record<string, number> = {};
        for (const [key, text] of Object.entries(sections)) {
          const r = redact(text, dctx);
          out[key] = r.text;
          countRedactions(r.spans, counts);
        }
        auditRead(trx, ctx, { action: 'note.read_redacted', resourceType: 'note', resourceId: row.id, metadata: { spans: Object.values(counts).reduce((a, b) => a + b, 0) } });
        return { noteId: row.id, format: row.format, sections: out, redactions: counts };
      }),
  });
}
