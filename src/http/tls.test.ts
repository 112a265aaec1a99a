import fs from 'node:fs';
import tls from 'node:tls';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestRuntime, type TestRuntime } from '../../test/runtime.ts';
import { makeSelfSignedCert } from '../../test/tls-cert.ts';
import { buildApp } from './server.ts';
import { createRedirectServer } from './redirect.ts';
import { ConfigError, loadConfig } from '../config/config.ts';

let rt: TestRuntime;
let app: FastifyInstance;
let port: number;
let cert: ReturnType<typeof makeSelfSignedCert>;
let redirect: http.Server;
let redirectPort: number;

beforeAll(async () => {
  cert = makeSelfSignedCert();
  rt = await createTestRuntime({ TLS_CERT_FILE: cert.cert, TLS_KEY_FILE: cert.key });
  app = await buildApp(rt);
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as AddressInfo).port;
  redirect = createRedirectServer(`https://tacet.example:${port}`);
  await new Promise<void>((r) => redirect.listen(0, '127.0.0.1', r));
  redirectPort = (redirect.address() as AddressInfo).port;
});
afterAll(async () => {
  redirect.close();
  await app.close();
  await rt.close();
  fs.rmSync(cert.dir, { recursive: true, force: true });
});

function handshake(opts: tls.ConnectionOptions, target = port): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port: target, rejectUnauthorized: false, ...opts }, () => {
      const proto = socket.getProtocol() ?? 'unknown';
      socket.end();
      resolve(proto);
    });
    socket.on('error', reject);
  });
}

// Lets the client speak TLS 1.0/1.1 at all (OpenSSL 3 forbids them at its default level).
const legacyClient: tls.ConnectionOptions = { minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT:@SECLEVEL=0' };

describe('TLS', () => {
  it('R15 accepts TLS 1.2 and TLS 1.3 handshakes', async () => {
    expect(await handshake({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' })).toBe('TLSv1.2');
    expect(await handshake({ minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3' })).toBe('TLSv1.3');
  });

  it('R15 refuses a TLS 1.1 client (which a permissive server would accept)', async () => {
    // Control: the same client completes a TLS 1.1 handshake with a server that allows it, so
    // the refusal below is Tacet's doing, not the client's.
    const control = tls.createServer({ key: fs.readFileSync(cert.key), cert: fs.readFileSync(cert.cert), minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' }, (s) => s.end());
    await new Promise<void>((r) => control.listen(0, '127.0.0.1', r));
    try {
      expect(await handshake(legacyClient, (control.address() as AddressInfo).port)).toBe('TLSv1.1');
    } finally {
      control.close();
    }
    await expect(handshake(legacyClient)).rejects.toThrow(/protocol version|unsupported protocol|wrong version/i);
    await expect(handshake({ ...legacyClient, maxVersion: 'TLSv1' })).rejects.toThrow();
  });

  it('R15 sends HSTS for a year, subdomains included, on every response', async () => {
    const headers = await new Promise<http.IncomingHttpHeaders>((resolve, reject) => {
      https.get({ host: '127.0.0.1', port, path: '/healthz', rejectUnauthorized: false }, (res) => {
        res.resume();
        resolve(res.headers);
      }).on('error', reject);
    });
    expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('R15 the plain-HTTP listener redirects browser routes to HTTPS and never serves the API', async () => {
    const get = (path: string) =>
      new Promise<http.IncomingMessage & { body: string }>((resolve, reject) => {
        http.get({ host: '127.0.0.1', port: redirectPort, path, headers: { host: 'tacet.example' } }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve(Object.assign(res, { body })));
        }).on('error', reject);
      });
    const page = await get('/clients?tab=notes');
    expect(page.statusCode).toBe(301);
    expect(page.headers.location).toBe(`https://tacet.example:${port}/clients`);
    // The request's Host never chooses the target (issue 21, finding 5), nor does a path that
    // would read as protocol-relative.
    const forged = await new Promise<http.IncomingMessage>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: redirectPort, path: '/signin', headers: { host: 'attacker.example' } }, (res) => {
        res.resume();
        resolve(res);
      }).on('error', reject);
    });
    expect(forged.headers.location).toBe(`https://tacet.example:${port}/signin`);
    expect((await get('//attacker.example/x')).headers.location).toBe(`https://tacet.example:${port}/`);
    const api = await get('/api/clients');
    expect(api.statusCode).toBe(403);
    expect(JSON.parse(api.body)).toMatchObject({ error: { code: 'https_required' } });
    expect(api.headers.location).toBeUndefined();
  });

  it('R15 TLS 1.2 offers only AEAD suites with forward secrecy: CBC and static-RSA suites are refused', async () => {
    const tls12 = { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' } as const;
    // Control: a server with Node's default list accepts these suites from this client.
    const control = tls.createServer({ key: fs.readFileSync(cert.key), cert: fs.readFileSync(cert.cert) }, (s) => s.end());
    await new Promise<void>((r) => control.listen(0, '127.0.0.1', r));
    try {
      const cport = (control.address() as AddressInfo).port;
      expect(await handshake({ ...tls12, ciphers: 'AES128-GCM-SHA256' }, cport)).toBe('TLSv1.2');
      expect(await handshake({ ...tls12, ciphers: 'ECDHE-RSA-AES128-SHA' }, cport)).toBe('TLSv1.2');
    } finally {
      control.close();
    }
    for (const weak of ['AES128-GCM-SHA256', 'AES256-SHA', 'ECDHE-RSA-AES128-SHA', 'ECDHE-RSA-AES256-SHA384', 'DHE-RSA-AES128-SHA']) {
      await expect(handshake({ ...tls12, ciphers: weak }), weak).rejects.toThrow();
    }
    for (const strong of ['ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-CHACHA20-POLY1305']) {
      expect(await handshake({ ...tls12, ciphers: strong }), strong).toBe('TLSv1.2');
    }
  });

  it('R15 the redirect listener needs PUBLIC_URL (https) rather than trusting the request', () => {
    const base = { TLS_CERT_FILE: cert.cert, TLS_KEY_FILE: cert.key, HTTP_REDIRECT_PORT: '8080' };
    expect(() => loadConfig(base)).toThrow(/PUBLIC_URL: is required with HTTP_REDIRECT_PORT/);
    expect(() => loadConfig({ ...base, PUBLIC_URL: 'http://tacet.example' })).toThrow(/PUBLIC_URL: must be an https:\/\/ URL/);
    expect(() => loadConfig({ ...base, PUBLIC_URL: 'https://tacet.example' })).not.toThrow();
  });

  it('R15 binding a non-loopback address without TLS is refused at start-up', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/HOST: binding a non-loopback address requires TLS/);
    expect(() => loadConfig({ HOST: '0.0.0.0', TLS_TERMINATED_BY_PROXY: 'true' })).not.toThrow();
    expect(() => loadConfig({ HOST: '0.0.0.0', TLS_CERT_FILE: cert.cert, TLS_KEY_FILE: cert.key })).not.toThrow();
  });
});
