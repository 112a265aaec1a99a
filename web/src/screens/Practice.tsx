import { useSession } from '../session.tsx';
import { useApi } from '../hooks.ts';
import type { Practice as PracticeT } from '../types.ts';
import { Alert, formatDate, Loading, Page } from '../ui.tsx';
import { BaaCard } from './BaaCard.tsx';
import { Members } from './Members.tsx';
import { Departures } from './Departures.tsx';
import { useState } from 'react';
import { CancelPractice } from './CancelPractice.tsx';
import { Retention } from './Retention.tsx';

export default function Practice() {
  const { session } = useSession();
  const practice = useApi<PracticeT>('/api/practice');
  const isOwner = session?.roles.includes('owner') === true;
  const [departures, setDepartures] = useState(0);
  return (
    <Page title="Practice">
      {practice.error !== null && <Alert error={practice.error} />}
      {practice.data === null ? (
        <Loading />
      ) : (
        <section className="card" aria-labelledby="practice-title">
          <h2 id="practice-title">{practice.data.name}</h2>
          <dl className="facts">
            <dt>Plan</dt>
            <dd>
              {practice.data.plan}
              {practice.data.trialEndsAt !== null && practice.data.plan === 'trial' && ` (trial ends ${formatDate(practice.data.trialEndsAt)})`}
            </dd>
            <dt>Agreement</dt>
            <dd>{practice.data.baa.accepted ? `Version ${practice.data.baa.currentVersion} accepted` : 'Not accepted yet'}</dd>
          </dl>
        </section>
      )}
      <Members isOwner={isOwner} selfId={session?.user.id ?? ''} onDeparted={() => setDepartures((n) => n + 1)} />
      {isOwner && <Departures key={departures} />}
      <BaaCard isOwner={isOwner} onAccepted={() => void practice.reload()} />
      {isOwner && <Retention />}
      {isOwner && practice.data !== null && <CancelPractice practiceName={practice.data.name} />}
    </Page>
  );
}
