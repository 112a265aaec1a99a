// Where a signed-in user lands: onboarding until the practice has accepted the BAA (owners),
// otherwise the client list.
import { Navigate } from 'react-router';
import { useApi } from '../hooks.ts';
import { useSession } from '../session.tsx';
import type { Practice } from '../types.ts';
import { Alert, Loading } from '../ui.tsx';

export default function Home() {
  const { session } = useSession();
  const practice = useApi<Practice>(session?.practice !== null ? '/api/practice' : null);
  if (session?.practice === null) return <Navigate to="/settings" replace />;
  if (practice.error !== null) return <Alert error={practice.error} />;
  if (practice.data === null) return <Loading />;
  if (!practice.data.baa.accepted && session?.roles.includes('owner') === true) return <Navigate to="/onboarding" replace />;
  return <Navigate to={session?.roles.includes('practitioner') === true || session?.roles.includes('owner') === true ? '/clients' : '/settings'} replace />;
}
