import { Button, Layout, Space, Typography } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';

import { type Role, useSession } from '../auth/session';
import { NotificationBell } from '../notifications/NotificationBell';
import { LanguageToggle } from './LanguageToggle';
import { OfflineBanner } from './OfflineBanner';

const RoleSwitch = lazy(() => import('./RoleSwitch'));

const COMMUNE_ROLES: readonly Role[] = ['commune-officer'];
const APPRAISER_ROLES: readonly Role[] = ['department-appraiser', 'district-appraiser'];
const COUNCIL_ROLES: readonly Role[] = ['council-secretary', 'council-member', 'district-council-member'];

/** The pages the acting role works in, first the one it lands on. */
export function navigationFor(role: Role): readonly { readonly path: string; readonly label: string }[] {
  if (COMMUNE_ROLES.includes(role))
    return [
      { path: '/xa', label: 'nav.commune' },
      { path: '/xa/dang-ky', label: 'nav.register' },
    ];
  if (APPRAISER_ROLES.includes(role)) return [{ path: '/tham-dinh', label: 'nav.queue' }];
  if (role === 'survey-officer') return [{ path: '/mttq', label: 'nav.surveys' }];
  if (role === 'province-coordinator')
    return [
      { path: '/dieu-phoi', label: 'nav.coordination' },
      { path: '/ho-so', label: 'nav.dossiers' },
      { path: '/dieu-phoi/nhom-xa', label: 'nav.communeGroups' },
      { path: '/tien-do', label: 'nav.programme' },
    ];
  if (role === 'district-coordinator')
    return [
      { path: '/dieu-phoi', label: 'nav.coordination' },
      { path: '/ho-so', label: 'nav.dossiers' },
    ];
  if (role === 'approver')
    return [
      { path: '/quyet-dinh', label: 'decision.nav' },
      { path: '/ho-so', label: 'nav.dossiers' },
    ];
  if (COUNCIL_ROLES.includes(role))
    return [
      { path: '/hoi-dong', label: 'council.nav' },
      { path: '/ho-so', label: 'nav.dossiers' },
    ];
  if (role === 'auditor')
    return [
      { path: '/kiem-tra', label: 'audit.nav' },
      { path: '/kiem-tra/nhat-ky', label: 'audit.navLog' },
      { path: '/tien-do', label: 'nav.programme' },
    ];
  return [{ path: '/ho-so', label: 'nav.dossiers' }];
}

export function AppLayout({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  const { identity, grant, options, logout } = useSession();
  const location = useLocation();
  const pages = navigationFor(grant.role);
  const selected = [...pages].reverse().find((page) => location.pathname.startsWith(page.path))?.path;
  const grantText = (each: typeof grant) =>
    t(each.department ? 'grantDepartment' : 'grant', {
      role: t(`roles.${each.role}`),
      unit: each.unit,
      department: each.department,
    }) +
    (options.length > identity.grants.length && !each.department && each.role.endsWith('appraiser')
      ? ` — ${t('app.allDepartments')}`
      : '');
  return (
    <Layout className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Header className="app-header">
        <Link to="/" className="app-title">
          {t('app.title')}
        </Link>
        {/* A role has one or two pages: plain links, which wrap on a phone, instead of a menu widget. */}
        <nav className="app-menu" aria-label={t('app.navigation')}>
          {pages.map((page) => (
            <Link key={page.path} to={page.path} aria-current={page.path === selected ? 'page' : undefined}>
              {t(page.label)}
            </Link>
          ))}
        </nav>
        <Space className="app-user" wrap>
          <NotificationBell />
          <Typography.Text className="app-user-name">{identity.name}</Typography.Text>
          {options.length > 1 ? (
            <Suspense fallback={<Typography.Text className="app-user-role">{grantText(grant)}</Typography.Text>}>
              <RoleSwitch describe={grantText} />
            </Suspense>
          ) : (
            <Typography.Text className="app-user-role">{grantText(grant)}</Typography.Text>
          )}
          <LanguageToggle />
          <Button onClick={logout}>{t('app.logout')}</Button>
        </Space>
      </Layout.Header>
      <OfflineBanner />
      <Layout.Content id="main" className="app-content" tabIndex={-1}>
        {children}
      </Layout.Content>
    </Layout>
  );
}
