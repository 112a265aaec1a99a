// The route table. Paths carry ids only (UUIDs), never a client label or any other PHI, and no
// screen uses query strings for data. Sign-in screens load with the first bundle; everything
// behind sign-in is split into chunks loaded on demand.
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { Layout } from './Layout.tsx';
import { useSession } from './session.tsx';
import { SignIn } from './screens/SignIn.tsx';
import { SignUp } from './screens/SignUp.tsx';
import { Loading } from './ui.tsx';
import { returnPath } from './return-path.ts';

const SecondFactor = lazy(() => import('./screens/SecondFactor.tsx'));
const Home = lazy(() => import('./screens/Home.tsx'));
const Onboarding = lazy(() => import('./screens/Onboarding.tsx'));
const Clients = lazy(() => import('./screens/Clients.tsx'));
const ClientPage = lazy(() => import('./screens/ClientPage.tsx'));
const NoteEditor = lazy(() => import('./screens/NoteEditor.tsx'));
const PlanEditor = lazy(() => import('./screens/PlanEditor.tsx'));
const Cosign = lazy(() => import('./screens/Cosign.tsx'));
const Week = lazy(() => import('./screens/Week.tsx'));
const PlanVersion = lazy(() => import('./screens/PlanVersion.tsx'));
const Transcript = lazy(() => import('./screens/Transcript.tsx'));
const Settings = lazy(() => import('./screens/Settings.tsx'));
const Privacy = lazy(() => import('./screens/Privacy.tsx'));
const Practice = lazy(() => import('./screens/Practice.tsx'));
const NotFound = lazy(() => import('./screens/NotFound.tsx'));
const Export = lazy(() => import('./screens/Export.tsx'));
const Import = lazy(() => import('./screens/Import.tsx'));

/** Which screens a session may see: partial sessions owe their second factor first. The page
 * asked for travels along (router state, memory only) so that signing in ends there. */
function Guard({ need, children }: { need: 'anonymous' | 'partial' | 'full'; children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (session === undefined) return <Loading />;
  const from = need === 'full' ? location.pathname : returnPath(location.state);
  if (need === 'anonymous') {
    if (session === null) return children;
    return <Navigate to={session.stage === 'full' ? (from ?? '/') : '/second-factor'} replace state={{ from }} />;
  }
  if (session === null) return <Navigate to="/signin" replace state={{ from }} />;
  if (need === 'full' && session.stage !== 'full') return <Navigate to="/second-factor" replace state={{ from }} />;
  if (need === 'partial' && session.stage === 'full') return <Navigate to={from ?? '/'} replace />;
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

const full = (el: ReactNode) => <Guard need="full">{el}</Guard>;

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/signin', element: <Guard need="anonymous"><SignIn /></Guard> },
      { path: '/signup', element: <Guard need="anonymous"><SignUp /></Guard> },
      { path: '/second-factor', element: <Guard need="partial"><SecondFactor /></Guard> },
      { path: '/', element: full(<Home />) },
      { path: '/onboarding', element: full(<Onboarding />) },
      { path: '/clients', element: full(<Clients />) },
      { path: '/clients/:clientId', element: full(<ClientPage />) },
      { path: '/clients/:clientId/plans/new', element: full(<PlanEditor />) },
      { path: '/plans/:planId', element: full(<PlanEditor />) },
      { path: '/plans/:planId/versions/:version', element: full(<PlanVersion />) },
      { path: '/notes/:noteId', element: full(<NoteEditor />) },
      { path: '/cosign', element: full(<Cosign />) },
      { path: '/week', element: full(<Week />) },
      { path: '/export', element: full(<Export />) },
      { path: '/import', element: full(<Import />) },
      { path: '/sessions/:sessionId/transcript', element: full(<Transcript />) },
      { path: '/settings', element: full(<Settings />) },
      { path: '/practice', element: full(<Practice />) },
      { path: '/privacy', element: full(<Privacy />) },
      { path: '*', element: <Suspense fallback={<Loading />}><NotFound /></Suspense> },
    ],
  },
]);
