// The client a screen is about, by label and number (issue 16), for screens reached from the
// client's page (plan, plan revision, transcript): the label is shown on the screen only, never
// in the title or the address.
import { useApi } from '../hooks.ts';
import type { ClientDetail } from '../types.ts';

export function ClientLine({ clientId }: { clientId: string | undefined }) {
  const client = useApi<ClientDetail>(clientId === undefined ? null : `/api/clients/${clientId}`);
  if (client.data === null) return null;
  return (
    <p className="client-line">
      Client <strong className="client-label">{client.data.displayLabel}</strong>
    </p>
  );
}
