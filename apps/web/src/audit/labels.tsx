import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { shortHash } from './timeline';

/** The worker's own events name this role: shown as the system, not as an account. */
const SYSTEM_ROLE = 'system';

/** Roles, people and event types as the record stores them, said in the reader's language. */
export function useAuditLabels() {
  const { t, i18n } = useTranslation();
  const system = t('audit.system');
  return {
    role: (role: string | null | undefined): string =>
      !role || role === SYSTEM_ROLE
        ? system
        : i18n.exists(`roles.${role}`)
          ? t(`roles.${role}` as 'roles.auditor')
          : role,
    person: (actor: string | null | undefined, role: string | null | undefined, name?: string | null): string =>
      name ?? (!actor || role === SYSTEM_ROLE ? system : actor),
    eventType: (type: string): string =>
      i18n.exists(`audit.eventTypes.${type}`) ? t(`audit.eventTypes.${type}` as 'audit.eventTypes.AuditRead') : type,
  };
}

/** A sha256 shortened for the eye, whole in its title and in what the copy button copies. */
export function HashText({ value }: { readonly value: string }) {
  const { t } = useTranslation();
  return (
    <Typography.Text code copyable={{ text: value, tooltips: [t('audit.copyHash'), '✓'] }}>
      <span title={value}>{shortHash(value)}</span>
    </Typography.Text>
  );
}
