// Loaded with `node --import tsx --import ./test/module-trace/register.ts …`: records the URL of
// every module the process loads, from Node's own module loader (a load hook sees each module
// once, static and dynamic imports alike), so a test can list what a process really loaded.
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

declare global {
  var loadedModules: () => Promise<string[]>;
}

const loaded = new Set<string>();
const { port1, port2 } = new MessageChannel();
port1.on('message', (url: string) => loaded.add(url));
port1.unref();
register('./hooks.ts', import.meta.url, { data: { port: port2 }, transferList: [port2] });

/**
 * Every module URL loaded so far. The hooks post URLs in load order on one port, so once a fresh
 * sentinel module has been seen, every module loaded before it has been seen too.
 */
globalThis.loadedModules = async () => {
  const sentinel = `data:text/javascript,export default ${Date.now()}${Math.random().toString().slice(2)}`;
  await import(sentinel);
  while (!loaded.has(sentinel)) await new Promise((r) => setTimeout(r, 5));
  return [...loaded].filter((u) => u !== sentinel);
};
