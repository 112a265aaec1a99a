// The frame around every screen: a skip link, the header with navigation (signed in only), the
// main landmark, and the inactivity warning. The signed-in part is keyed by the user's id, so
// when a session ends React throws away every screen's state — nothing clinical survives a
// sign-out or a timeout, not even in memory.
import { NavLink, Outlet } from 'react-router';
import { useSession } from './session.tsx';
import { InactivityDialog } from './InactivityDialog.tsx';
import { CancellationGate } from './cancellation.tsx';

export function Layout() {
  const { session, signOut } = useSession();
  const full = session !== null && session !== undefined && session.stage === 'full';
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="brand">
          <span className="brand-name">Tacet</span>
          {full && session.practice !== null && <span className="practice-name">{session.practice.name}</span>}
        </div>
        {full && (
          <nav aria-label="Main">
            <ul>
              <li>
                <NavLink to="/clients">Clients</NavLink>
              </li>
              {session.roles.includes('practitioner') && (
                <li>
                  <NavLink to="/week">Week</NavLink>
                </li>
              )}
              {session.roles.includes('practitioner') && (
                <li>
                  <NavLink to="/cosign">Co-sign</NavLink>
                </li>
              )}
              <li>
                <NavLink to="/practice">Practice</NavLink>
              </li>
              <li>
                <NavLink to="/privacy">Privacy</NavLink>
              </li>
              {(session.roles.includes('practitioner') || session.roles.includes('owner')) && (
                <li>
                  <NavLink to="/export">Export</NavLink>
                </li>
              )}
              {session.roles.includes('practitioner') && (
                <li>
                  <NavLink to="/import">Import</NavLink>
                </li>
              )}
              <li>
                <NavLink to="/settings">Settings</NavLink>
              </li>
              <li>
                <button type="button" className="link-button" onClick={() => void signOut()}>
                  Sign out
                </button>
              </li>
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1} key={session?.user.id ?? 'signed-out'}>
        <CancellationGate>
          <Outlet />
        </CancellationGate>
      </main>
      <footer className="site-footer">
        <p>Client records are encrypted and visible only to their practitioner. Nothing is stored in this browser.</p>
      </footer>
      {session !== null && session !== undefined && <InactivityDialog />}
    </>
  );
}
