import { useTranslation } from 'react-i18next';

import { DossierSearch } from '../dossier/DossierList';

/** The auditor's landing: the dossiers of the jurisdiction, each opening on its audit trail. */
export default function AuditDesk() {
  const { t } = useTranslation();
  return <DossierSearch title={t('audit.deskTitle')} linkTo={(item) => `/kiem-tra/${item.dossierId}`} />;
}
