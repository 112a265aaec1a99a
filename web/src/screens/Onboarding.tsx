// First steps of a new practice: the BAA, then (optionally) inviting members.
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../session.tsx';
import { Page } from '../ui.tsx';
import { BaaCard } from './BaaCard.tsx';
import { Members } from './Members.tsx';

export default function Onboarding() {
  const { session } = useSession();
  const [accepted, setAccepted] = useState(false);
  const isOwner = session?.roles.includes('owner') === true;
  return (
    <Page title="Set up your practice" lead="Two steps before your first client: accept the agreement, then invite colleagues if you work with any.">
      <ol className="steps">
        <li className={accepted ? 'done' : 'current'}>Accept the Business Associate Agreement</li>
        <li className={accepted ? 'current' : ''}>Invite members (optional)</li>
      </ol>
      <BaaCard isOwner={isOwner} onAccepted={() => setAccepted(true)} />
      {accepted && (
        <>
          <Members isOwner={isOwner} selfId={session?.user.id ?? ''} />
          <p>
            <Link className="button primary" to="/clients">
              Continue to clients
            </Link>
          </p>
        </>
      )}
    </Page>
  );
}
