import { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Shell } from './layout/Shell';
import { Loading } from './layout/Loading';
import { useSession } from './session/Session';
import { homeOf, Role } from './session/signedInUser';
import { SignInPage } from './pages/SignInPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { WorkQueuePage } from './werkvoorraad/WorkQueuePage';
import { CaseSearchPage } from './werkvoorraad/CaseSearchPage';
import { ReportPage } from './werkvoorraad/ReportPage';
import { CasePage } from './dossier/CasePage';
import { FiguresPage } from './cijfers/FiguresPage';
import { InspectionPage } from './inzage/InspectionPage';
import { PrivacyPage } from './privacy/PrivacyPage';
import { AdministrationPage } from './beheer/AdministrationPage';

/**
 * The interface's routes. Which role sees which part mirrors docs/access.md only to keep menus short: the API
 * decides again on every request, so a route shown by mistake shows the API's refusal, never data.
 * The server forwards these paths to index.html (deploy: InterfaceRoutes).
 */
export function App() {
  return (
    <Shell>
      <Routes>
        <Route path="/" element={<Home />} />
        <Route path="/aanmelden" element={<SignInPage />} />
        <Route path="/werkvoorraad" element={<Only roles={['CASE_WORKER', 'COORDINATOR']}><WorkQueuePage /></Only>} />
        <Route path="/werkvoorraad/zoeken" element={<Only roles={['CASE_WORKER', 'COORDINATOR']}><CaseSearchPage /></Only>} />
        <Route path="/werkvoorraad/nieuw" element={<Only roles={['CASE_WORKER', 'COORDINATOR']}><ReportPage /></Only>} />
        <Route path="/dossier/:caseId" element={<Only roles={['CASE_WORKER', 'COORDINATOR']}><CasePage /></Only>} />
        <Route path="/cijfers" element={<Only roles={['ANALYST', 'INSPECTOR']}><FiguresPage /></Only>} />
        <Route path="/inzage" element={<Only roles={['INSPECTOR']}><InspectionPage /></Only>} />
        <Route path="/inzage/:caseId" element={<Only roles={['INSPECTOR']}><InspectionPage /></Only>} />
        <Route path="/privacy" element={<Only roles={['PRIVACY_OFFICER', 'INSPECTOR']}><PrivacyPage /></Only>} />
        <Route path="/beheer" element={<Only roles={['ADMINISTRATOR']}><AdministrationPage /></Only>} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Shell>
  );
}

function Home() {
  const { user } = useSession();
  if (user === undefined) return <Loading what="Uw gegevens" />;
  return <Navigate to={user ? homeOf(user.role) : '/aanmelden'} replace />;
}

/** a page for signed-in users of these roles; others are sent to sign in, or to their own work */
function Only({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { user } = useSession();
  const location = useLocation();
  if (user === undefined) return <Loading what="Uw gegevens" />;
  if (user === null) return <Navigate to="/aanmelden" replace state={{ from: location.pathname }} />;
  if (!roles.includes(user.role)) return <Navigate to={homeOf(user.role)} replace />;
  return <>{children}</>;
}
