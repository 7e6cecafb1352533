import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

import { currentLanguage, switchLanguage } from '../i18n';

export function LanguageToggle() {
  const { t } = useTranslation();
  return (
    <Button
      type="link"
      title={t('app.languageLabel')}
      lang={currentLanguage() === 'vi' ? 'en' : 'vi'}
      onClick={() => void switchLanguage(currentLanguage() === 'vi' ? 'en' : 'vi')}
    >
      {t('app.language')}
    </Button>
  );
}
