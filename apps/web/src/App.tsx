import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, Spin, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, matchPath, Navigate, Route, Routes } from 'react-router-dom';

import { ApiProblem } from './api/problem';
import { SessionProvider, tokenStore, useSession } from './auth/session';
import { AppLayout, navigationFor } from './layout/AppLayout';
import { retryDelay, shouldRetry } from './shared/queryRetry';

// Every page is its own chunk, the login page too: the first load carries only the frame.
const LoginPage = lazy(() => import('./auth/LoginPage'));
const PAGES = [
  { path: '/xa', load: () => import('./commune/CommuneHome') },
  { path: '/xa/dang-ky', load: () => import('./commune/RegisterDossier') },
  { path: '/ho-so', load: () => import('./dossier/DossierList') },
  { path: '/ho-so/:dossierId', load: () => import('./dossier/DossierPage') },
  { path: '/tham-dinh', load: () => import('./appraisal/DepartmentQueue') },
  { path: '/tham-dinh/:dossierId/:criterionId', load: () => import('./appraisal/CriterionAppraisal') },
  { path: '/mttq', load: () => import('./survey/SurveyHome') },
  { path: '/dieu-phoi', load: () => import('./coordination/CoordinatorDesk') },
  { path: '/dieu-phoi/nhom-xa', load: () => import('./coordination/CommuneGroups') },
  { path: '/tien-do', load: () => import('./programme/ProgrammeDashboard') },
  { path: '/dieu-phoi/:dossierId', load: () => import('./coordination/CoordinatorDossier') },
  { path: '/mttq/:dossierId', load: () => import('./survey/DossierSurveys') },
  { path: '/mttq/:dossierId/:campaignId', load: () => import('./survey/CampaignPage') },
  { path: '/quyet-dinh', load: () => import('./decision/DecisionQueue') },
  { path: '/quyet-dinh/:dossierId', load: () => import('./decision/DecisionPage') },
  { path: '/hoi-dong', load: () => import('./council/CouncilAgenda') },
  { path: '/hoi-dong/:dossierId', load: () => import('./council/CouncilDossier') },
  { path: '/kiem-tra', load: () => import('./audit/AuditDesk') },
  { path: '/kiem-tra/nhat-ky', load: () => import('./audit/EventLog') },
  { path: '/kiem-tra/:dossierId', load: () => import('./audit/AuditDossier') },
  { path: '/thong-bao', load: () => import('./notifications/InboxPage') },
].map((page) => ({ ...page, Page: lazy(page.load) }));

// The page of the address opened downloads while the session is checked, not after it: on a
// slow mobile link that is one round trip and its transfer less before the page is usable.
void PAGES.find((page) => matchPath(page.path, window.location.pathname))?.load();

/** A refused token (expired, deactivated account) ends the session: the login page says why. */
function expireOn401(error: unknown) {
  if (error instanceof ApiProblem && error.status === 401 && tokenStore.read()) {
    tokenStore.clear();
    window.location.assign('/?het-han=1');
  }
}

/** Text and links at WCAG AA contrast (antd's secondary grey and link blue fall short on white). */
const THEME = {
  colorPrimary: '#0b6e4f',
  colorLink: '#0b6e4f',
  colorTextSecondary: '#595959',
  colorTextDescription: '#595959',
  colorTextTertiary: '#595959',
  colorTextQuaternary: '#636363',
  colorTextPlaceholder: '#6b6b6b',
  // antd's red (#ff4d4f) falls short too: field errors, and the refusal and revocation buttons.
  colorError: '#cf1322',
  motion: false,
};

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: expireOn401 }),
  defaultOptions: {
    queries: {
      retry: shouldRetry,
      retryDelay,
      staleTime: 5_000,
    },
  },
});

// TanStack Query takes the network for there until told otherwise: a page loaded offline would not
// hear it come back. What failed meanwhile is asked again once it does.
window.addEventListener('online', () => {
  void queryClient.refetchQueries(
    { type: 'active', predicate: (query) => query.state.status === 'error' },
    { cancelRefetch: false },
  );
});

export function App() {
  const { i18n } = useTranslation();
  return (
    // No motion: office machines and phones in the communes are slow, and a loading button's
    // closing animation was seen to hang in a background tab.
    <ConfigProvider locale={i18n.language === 'en' ? enUS : viVN} theme={{ token: THEME }}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <SessionProvider
            login={
              <Suspense fallback={<Spin />}>
                <LoginPage />
              </Suspense>
            }
          >
            <AppLayout>
              <Suspense fallback={<Spin />}>
                <Routes>
                  <Route path="/" element={<Home />} />
                  {PAGES.map(({ path, Page }) => (
                    <Route key={path} path={path} element={<Page />} />
                  ))}
                  <Route path="*" element={<NotFound />} />
                </Routes>
              </Suspense>
            </AppLayout>
          </SessionProvider>
        </BrowserRouter>
      </QueryClientProvider>
    </ConfigProvider>
  );
}

/** Each role lands on its own work. */
function Home(): ReactNode {
  const { grant } = useSession();
  return <Navigate to={navigationFor(grant.role)[0].path} replace />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Typography.Title level={1} className="not-found">
      404 — {t('app.notFound')}
    </Typography.Title>
  );
}
