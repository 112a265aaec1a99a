// `.env` is read when present, never required, and never overrides the real environment.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EnvFileError, loadEnvFile } from './env-file.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-envfile-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('loadEnvFile', () => {
  it('sets the variables of .env that the environment does not have, and names them', () => {
    const file = path.join(dir, '.env');
    fs.writeFileSync(file, '# a comment\nPORT=3111\nTACET_DATA_DIR="./data dir"\nexport LOG_LEVEL=warn\n\nMAIL_FROM=Tacet <a@b.invalid>\n');
    const env: NodeJS.ProcessEnv = {};
    expect(loadEnvFile(file, env).sort()).toEqual(['LOG_LEVEL', 'MAIL_FROM', 'PORT', 'TACET_DATA_DIR']);
    expect(env).toEqual({ PORT: '3111', TACET_DATA_DIR: './data dir', LOG_LEVEL: 'warn', MAIL_FROM: 'Tacet <a@b.invalid>' });
  });

  it('leaves variables already in the environment alone, even when empty', () => {
    const file = path.join(dir, '.env');
    fs.writeFileSync(file, 'PORT=3111\nHOST=127.0.0.2\nSMTP_URL=smtp://file.invalid\n');
    const env: NodeJS.ProcessEnv = { PORT: '4000', SMTP_URL: '' };
    expect(loadEnvFile(file, env)).toEqual(['HOST']);
    expect(env).toEqual({ PORT: '4000', HOST: '127.0.0.2', SMTP_URL: '' });
  });

  it('is not required: a missing file changes nothing', () => {
    const env: NodeJS.ProcessEnv = { PORT: '4000' };
    expect(loadEnvFile(path.join(dir, '.env'), env)).toEqual([]);
    expect(env).toEqual({ PORT: '4000' });
  });

  it('refuses a .env it cannot read, naming the file but not its contents', () => {
    const file = path.join(dir, '.env');
    fs.mkdirSync(file); // a directory where the file should be: EISDIR
    expect(() => loadEnvFile(file, {})).toThrow(EnvFileError);
    expect(() => loadEnvFile(file, {})).toThrow(`${file} cannot be read (EISDIR)`);
  });
});
