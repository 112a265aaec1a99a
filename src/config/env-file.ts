// `.env` support: a file of KEY=value lines in the working directory, read when it is there and
// never required. Variables already set in the environment win over the file, so an operator's
// secret store or a one-off `PORT=3001 npm start` is never overridden by a forgotten file.
// Parsing is Node's own (util.parseEnv: the same rules as `node --env-file`); we do not use the
// flag itself because `--env-file-if-exists` prints a notice on Node 20 when the file is absent and
// `npm start` would have to name it on the command line.
import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';

export class EnvFileError extends Error {
  override name = 'EnvFileError';
}

/**
 * Adds the variables of `file` that `env` does not already have. Returns the names it set (never
 * values: a .env file holds secrets). A missing file is not an error; an unreadable one is.
 */
export function loadEnvFile(file = '.env', env: NodeJS.ProcessEnv = process.env): string[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new EnvFileError(`${path.resolve(file)} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const set: string[] = [];
  for (const [key, value] of Object.entries(parseEnv(text))) {
    if (env[key] !== undefined) continue;
    env[key] = value;
    set.push(key);
  }
  return set;
}
