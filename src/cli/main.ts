// `bin/tacet <command>`: the single command-line entry point.
import { ConfigError } from '../config/config.ts';
import { EnvFileError, loadEnvFile } from '../config/env-file.ts';

const USAGE = `Usage: tacet <command> [options]

Commands:
  serve                     Run the Tacet server (embedded database unless DATABASE_URL is set)
  db migrate                Apply database migrations (uses DATABASE_ADMIN_URL on PostgreSQL)
  audit verify [--practice ID] [--anchor FILE] [--write-anchor FILE] [--since-checkpoint | --full]
                            Check the tamper-evident audit chain and report the first broken link
                            (exit 0 intact, 1 broken, 3 the trail could not be read)
  retention dry-run [--practice ID] [--horizon-days N]
                            List what the daily retention job would delete, and when (ids and dates only)
  keys rewrap               Re-wrap every data key under the current master key
  backup FILE [--force]     Embedded database: write a snapshot (asks the running server, or reads the
                            stopped data directory); the keyring and master key are never in it
  restore FILE [--force]    Embedded database: restore a snapshot into the stopped data directory
  operator add|remove EMAIL Mark a user as a service operator (break-glass access only)
  deid [--jsonl] [--topics a,b] [--explain] [FILE]
                            De-identify text: JSON lines on stdin, or a file for a person to read
  verify-draft --jsonl      Check draft sentences against the source segments they cite:
                            JSON lines on stdin, a label and reasons per line on stdout
  help                      Show this help

Configuration comes from environment variables, and from ./.env when that file exists
(variables already set win; see .env.example).
`;

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    // Every command reads the same configuration, so every command sees ./.env (if there is one).
    loadEnvFile('.env', process.env);
    switch (cmd) {
      case 'serve': {
        const { serve } = await import('./serve.ts');
        return await serve();
      }
      case 'db': {
        const { dbCommand } = await import('./db.ts');
        return await dbCommand(rest);
      }
      case 'audit': {
        const { auditCommand } = await import('./audit.ts');
        return await auditCommand(rest);
      }
      case 'retention': {
        const { retentionCommand } = await import('./retention.ts');
        return await retentionCommand(rest);
      }
      case 'keys': {
        const { keysCommand } = await import('./keys.ts');
        return await keysCommand(rest);
      }
      case 'backup': {
        const { backupCommand } = await import('./backup.ts');
        return await backupCommand(rest);
      }
      case 'restore': {
        const { restoreCommand } = await import('./backup.ts');
        return await restoreCommand(rest);
      }
      case 'operator': {
        const { operatorCommand } = await import('./operator.ts');
        return await operatorCommand(rest);
      }
      case 'deid': {
        const { runDeidCli } = await import('../deid/cli.ts');
        return await runDeidCli(rest, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
      }
      case 'verify-draft': {
        const { runVerifyCli } = await import('../features/ai/claims/cli.ts');
        return await runVerifyCli(rest, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        return cmd === undefined ? 2 : 0;
      default:
        process.stderr.write(`tacet: unknown command "${cmd}"\n\n${USAGE}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof ConfigError || err instanceof EnvFileError) {
      process.stderr.write(`tacet: ${err.message}\n`);
      return 2;
    }
    if (err instanceof Error && ['DatabaseUrlError', 'RlsCheckError', 'MigrationError'].includes(err.name)) {
      process.stderr.write(`tacet: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
