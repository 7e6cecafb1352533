import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, Spin, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';

import { ApiProblem } from './api/problem';
import { SessionProvider, tokenStore, useSession } from './auth/session';
import { AppLayout, navigationFor } from './layout/AppLayout';

// Every page is its own chunk, the login page too: the first load carries only the frame.
const LoginPage = lazy(() => import('./auth/LoginPage'));
const CommuneHome = lazy(() => import('./commune/CommuneHome'));
const RegisterDossier = lazy(() => import('./commune/RegisterDossier'));
const DossierPage = lazy(() => import('./dossier/DossierPage'));
const DossierList = lazy(() => import('./dossier/DossierList'));
const DepartmentQueue = lazy(() => import('./appraisal/DepartmentQueue'));
const CriterionAppraisal = lazy(() => import('./appraisal/CriterionAppraisal'));

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
  motion: false,
};

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: expireOn401 }),
  defaultOptions: {
    queries: {
      // A refusal is an answer: only a lost or delayed one (network, 202, 5xx) is asked again.
      retry: (count, error) => count < 3 && !(error instanceof ApiProblem && error.status >= 400 && error.status < 500),
      staleTime: 5_000,
    },
  },
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
                  <Route path="/xa" element={<CommuneHome />} />
                  <Route path="/xa/dang-ky" element={<RegisterDossier />} />
                  <Route path="/ho-so" element={<DossierList />} />
                  <Route path="/ho-so/:dossierId" element={<DossierPage />} />
                  <Route path="/tham-dinh" element={<DepartmentQueue />} />
                  <Route path="/tham-dinh/:dossierId/:criterionId" element={<CriterionAppraisal />} />
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
