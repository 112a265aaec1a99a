// Runs `tacet deid` without the main CLI: `node --import tsx src/deid/cli-entry.ts --jsonl < in`.
import { runDeidCli } from './cli.ts';

process.exitCode = await runDeidCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
