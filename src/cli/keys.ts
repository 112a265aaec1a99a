import { loadConfig } from '../config/config.ts';
import { createLogger } from '../logging/logger.ts';
import { openRuntime } from '../platform/runtime.ts';

export async function keysCommand(args: string[]): Promise<number> {
  if (args[0] !== 'rewrap') {
    process.stderr.write('usage: tacet keys rewrap\n');
    return 2;
  }
  const config = loadConfig();
  const runtime = await openRuntime(config, createLogger('warn'));
  try {
    const r = await runtime.crypto.rewrapAll();
    process.stdout.write(`re-wrapped ${r.rewrapped} key(s) under the current master key; ${r.unreadable} key(s) need a master key that is not configured\n`);
    return r.unreadable === 0 ? 0 : 1;
  } finally {
    await runtime.close();
  }
}
