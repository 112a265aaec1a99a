import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';
import { assertSafeDatabaseUrl, DatabaseUrlError } from '../db/database.ts';

const KEY = Buffer.alloc(32, 7).toString('base64');

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
}

describe('configuration', () => {
  it('defaults to the embedded database on loopback port 3000', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ HOST: '127.0.0.1', PORT: 3000, embedded: true, tls: false });
    expect(c.dataDir).toMatch(/\/data$/);
  });

  it('names the variable at fault and never echoes its value', () => {
    const p = problems({ PORT: 'eighty', TACET_MASTER_KEY: 'c2VjcmV0LXRvby1zaG9ydA==' });
    expect(p).toContain('PORT: must be a whole number from 1 to 65535');
    expect(p.some((x) => x.startsWith('TACET_MASTER_KEY: must be 32 bytes'))).toBe(true);
    expect(p.join(' ')).not.toContain('c2VjcmV0');
    expect(p.join(' ')).not.toContain('eighty');
  });

  it('R27 the on-premises model server is the operator’s: an http(s) URL with its model, plain http only inside the practice network', () => {
    expect(loadConfig({ AI_ONPREM_BASE_URL: 'http://10.1.2.3:8080/v1', AI_ONPREM_MODEL: 'llama-3.1-8b-instruct' })).toMatchObject({ AI_ONPREM_BASE_URL: 'http://10.1.2.3:8080/v1', AI_ONPREM_MODEL: 'llama-3.1-8b-instruct' });
    for (const url of ['http://127.0.0.1:11434/v1', 'http://ollama:11434/v1', 'http://gpu-box.lan:8000/v1', 'http://192.168.4.20/v1', 'http://[fd00::5]:8080/v1', 'https://models.example.org/v1']) {
      expect(problems({ AI_ONPREM_BASE_URL: url, AI_ONPREM_MODEL: 'm' }), url).toEqual([]);
    }
    expect(problems({ AI_ONPREM_BASE_URL: 'http://models.example.org/v1', AI_ONPREM_MODEL: 'm' }).join(' ')).toMatch(/^AI_ONPREM_BASE_URL: must use https:\/\//);
    expect(problems({ AI_ONPREM_BASE_URL: 'http://8.8.8.8/v1', AI_ONPREM_MODEL: 'm' }).join(' ')).toMatch(/^AI_ONPREM_BASE_URL: must use https/);
    expect(problems({ AI_ONPREM_BASE_URL: 'file:///etc/passwd', AI_ONPREM_MODEL: 'm' })).toEqual(['AI_ONPREM_BASE_URL: must be an http:// or https:// URL']);
    expect(problems({ AI_ONPREM_BASE_URL: 'http://10.0.0.2/v1' })).toContain('AI_ONPREM_MODEL: is required with AI_ONPREM_BASE_URL (the model name the server serves)');
    const creds = problems({ AI_ONPREM_BASE_URL: 'https://user:hunter2@models.example.org/v1', AI_ONPREM_MODEL: 'm' });
    expect(creds).toEqual(['AI_ONPREM_BASE_URL: must not carry credentials; put a key in AI_ONPREM_API_KEY']);
    expect(problems({ AI_ONPREM_MODEL: 'm' })).toEqual(['AI_ONPREM_BASE_URL: is required when AI_ONPREM_MODEL or AI_ONPREM_API_KEY is set']);
  });

  it('requires TLS files in pairs', () => {
    expect(problems({ TLS_CERT_FILE: '/x/cert.pem' })).toContain('TLS_KEY_FILE: TLS_CERT_FILE and TLS_KEY_FILE must be set together');
  });

  it('R45 a server deployment must supply the master key and a separate keyring database', () => {
    const p = problems({ DATABASE_URL: 'postgres://tacet_app@127.0.0.1/tacet' });
    expect(p).toContain('TACET_MASTER_KEY: is required when DATABASE_URL is set');
    expect(p.some((x) => x.startsWith('KEYRING_URL: is required'))).toBe(true);
    const same = problems({ DATABASE_URL: 'postgres://a@127.0.0.1/t', KEYRING_URL: 'postgres://a@127.0.0.1/t', TACET_MASTER_KEY: KEY });
    expect(same).toContain('KEYRING_URL: must point to a different database than DATABASE_URL');
  });

  it('accepts a complete server configuration', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://tacet_app@127.0.0.1/tacet',
      KEYRING_URL: 'postgres://tacet_keys@127.0.0.1/tacet_keyring',
      SMTP_URL: 'smtp://127.0.0.1:2525',
      TACET_MASTER_KEY: KEY,
      PORT: '8443',
    });
    expect(c).toMatchObject({ embedded: false, PORT: 8443 });
  });

  it('R15 refuses a database on another host unless the connection verifies the certificate', () => {
    expect(() => assertSafeDatabaseUrl('DATABASE_URL', 'postgres://u@db.internal.example/tacet')).toThrow(DatabaseUrlError);
    expect(() => assertSafeDatabaseUrl('DATABASE_URL', 'postgres://u@db.internal.example/tacet?sslmode=require')).toThrow(/sslmode=verify-full/);
    expect(() => assertSafeDatabaseUrl('DATABASE_URL', 'postgres://u@db.internal.example/tacet?sslmode=verify-full')).not.toThrow();
    expect(() => assertSafeDatabaseUrl('DATABASE_URL', 'postgres://u@127.0.0.1/tacet')).not.toThrow();
    expect(() => assertSafeDatabaseUrl('DATABASE_URL', 'postgres://u@localhost/tacet')).not.toThrow();
    expect(() => assertSafeDatabaseUrl('DATABASE_URL', 'postgresql:///tacet?host=/var/run/postgresql')).not.toThrow();
  });
});
