// Issue 21, finding 2 (R25): text with a NUL character or invalid UTF-8 is a 400 naming the field,
// never a 500 from PostgreSQL (22021), never a 202 whose mail silently never leaves, and never
// stored with U+FFFD in place of what was sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestRuntime, type TestRuntime } from '../../test/runtime.ts';
import { seedPractice, type SeededPractice } from '../../test/factories.ts';
import { injectAs, sessionFor, type TestSession } from '../../test/auth.ts';
import { buildApp } from './server.ts';
import { findNul } from './json-body.ts';

let rt: TestRuntime;
let app: FastifyInstance;
let p: SeededPractice;
let owner: TestSession;

beforeAll(async () => {
  rt = await createTestRuntime();
  app = await buildApp(rt, { rateLimitPerMinute: 10_000 });
  await app.ready();
  p = await seedPractice(rt.db);
  owner = await sessionFor(rt, { userId: p.users.owner, practiceId: p.practiceId });
});
afterAll(async () => {
  await app.close();
  await rt.close();
});

const NUL = String.fromCharCode(0);

describe('NUL characters', () => {
  it.each([
    ['PATCH', '/api/account', { name: `Test${NUL}Owner` }, 'body.name'],
    ['PATCH', '/api/practice', { name: `Synthetic${NUL}Practice` }, 'body.name'],
    ['POST', '/api/practice/subprocessors', { name: 'Example Vendor', purpose: `Hosting${NUL}`, region: 'US', baaStatus: 'none' }, 'body.purpose'],
  ])('R25 %s %s with a NUL answers 400 naming the field', async (method, url, payload, field) => {
    const res = await injectAs(app, owner, { method, url, payload });
    expect(res.statusCode).toBe(400);
    const { error } = res.json<{ error: { code: string; message: string } }>();
    expect(error.message.startsWith(`${field}:`)).toBe(true);
    expect(res.body).not.toContain('Synthetic');
  });

  it('R25 sign-up with a NUL in the name is refused at once instead of answering 202 and never mailing', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email: 'nul.signup@example.test', name: `Test${NUL}Person`, practiceName: 'Synthetic Practice' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation_failed', message: 'body.name: must not contain a NUL character' } });
  });

  it('R25 a NUL in a query string is a 400 naming the parameter', async () => {
    const res = await injectAs(app, owner, { method: 'GET', url: '/api/clients?q=ab%00cd' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { message: string } }>().error.message).toMatch(/^query\.q: must not contain a NUL character$/);
  });

  it('names the path of a nested value, and the parent of a key holding NUL', () => {
    expect(findNul({ a: [{ b: 'x' }, { c: `y${NUL}` }] })).toBe('body.a.1.c');
    expect(findNul({ a: { [`k${NUL}`]: 'v' } })).toBe('body.a');
    expect(findNul({ a: 'clean', n: 3, t: true, z: null })).toBeNull();
  });
});

describe('invalid UTF-8', () => {
  it('R25 a body that is not valid UTF-8 is refused, not stored with replacement characters', async () => {
    const before = (await injectAs(app, owner, { method: 'GET', url: '/api/account' })).json<{ name: string }>().name;
    // "Test" + a lone continuation byte + "Owner": not UTF-8.
    const payload = Buffer.concat([Buffer.from('{"name":"Test'), Buffer.from([0x80]), Buffer.from('Owner"}')]);
    const res = await injectAs(app, owner, { method: 'PATCH', url: '/api/account', payload, headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'invalid_encoding', message: 'body: is not valid UTF-8' } });
    const after = (await injectAs(app, owner, { method: 'GET', url: '/api/account' })).json<{ name: string }>().name;
    expect(after).toBe(before);
  });

  it('R25 valid UTF-8 beyond ASCII is accepted as sent', async () => {
    const res = await injectAs(app, owner, { method: 'PATCH', url: '/api/account', payload: { name: 'Test Ōwner Ñ' } });
    expect(res.statusCode).toBe(200);
    expect((await injectAs(app, owner, { method: 'GET', url: '/api/account' })).json<{ name: string }>().name).toBe('Test Ōwner Ñ');
  });
});
