import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

import { useOnline } from '../offline/useOnline';

/** Said plainly rather than a loader that never ends. */
export function OfflineBanner() {
  const { t } = useTranslation();
  return useOnline() ? null : <Alert type="warning" banner title={t('app.offline')} />;
}
