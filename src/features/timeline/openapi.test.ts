import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openClinic, type Clinic } from '../clients/testkit.ts';

let c: Clinic;
beforeAll(async () => {
  c = await openClinic();
});
afterAll(async () => c.close());

describe('OpenAPI', () => {
  it('R02 every clinical route is described in /api/openapi.json with a summary and tags', async () => {
    const res = await c.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ paths: Record<string, Record<string, { summary?: string; tags?: string[] }>> }>();
    const expected: Array<[string, string]> = [
      ['/api/clients', 'post'], ['/api/clients/{clientId}', 'patch'], ['/api/clients/{clientId}/sessions', 'post'],
      ['/api/clients/{clientId}/notes', 'post'], ['/api/notes/{noteId}/sign', 'post'], ['/api/notes/{noteId}/addenda', 'post'],
      ['/api/notes/{noteId}/cosign', 'post'], ['/api/clients/{clientId}/plans', 'post'], ['/api/plans/{planId}', 'put'],
      ['/api/icd10', 'get'], ['/api/clients/{clientId}/assessments', 'post'], ['/api/clients/{clientId}/timeline', 'get'],
    ];
    for (const [path, method] of expected) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op?.summary).toBeTruthy();
      expect(op?.tags?.length).toBeGreaterThan(0);
    }
  });
});
