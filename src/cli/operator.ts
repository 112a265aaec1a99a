// `tacet operator add|remove EMAIL`: marks a signed-up user as a service operator (R47). Operators
// have no standing access to any practice; they can only request break-glass grants, which are
// time-limited, visible to the practice owner and audited. Run by whoever runs the deployment.
import { loadConfig } from '../config/config.ts';
import { createLogger } from '../logging/logger.ts';
import { openRuntime } from '../platform/runtime.ts';
import { systemContext, withTenant } from '../db/tenant.ts';
import { audit } from '../audit/audit.ts';

export async function operatorCommand(args: string[]): Promise<number> {
  const [action, email] = args;
  if ((action !== 'add' && action !== 'remove') || email === undefined) {
    process.stderr.write('usage: tacet operator add|remove EMAIL\n');
    return 2;
  }
  const runtime = await openRuntime(loadConfig(), createLogger('warn'));
  try {
    const ctx = systemContext(undefined, { requestId: 'cli' });
    const done = await withTenant(runtime.db, ctx, async (trx) => {
      const r = await trx
        .updateTable('users')
        .set({ is_operator: action === 'add' })
        .where('email', '=', email.trim().toLowerCase())
        .returning('id')
        .executeTakeFirst();
      if (r === undefined) return false;
      await audit(trx, ctx, { action: action === 'add' ? 'operator.add' : 'operator.remove', resourceType: 'user', resourceId: r.id });
      return true;
    });
    if (!done) {
      process.stderr.write('tacet: no account has that email address (the person must sign up first)\n');
      return 1;
    }
    process.stdout.write(action === 'add' ? 'operator added\n' : 'operator removed\n');
    return 0;
  } finally {
    await runtime.close();
  }
}
