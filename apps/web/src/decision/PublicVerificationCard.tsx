import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import type { DossierDetail } from '../dossier/types';
import { CardTitle } from '../shared/CardTitle';

/**
 * The recognition's public verification code and its QR, to print on the decision (issue #20).
 * Shown once there is a recognition decision; the image is the server's SVG, shown as an image
 * rather than inserted as markup.
 */
export function PublicVerificationCard({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  const verification = useQuery({
    queryKey: ['dossier', dossier.dossierId, 'public-verification'],
    enabled: Boolean(dossier.recognition),
    queryFn: () =>
      answer(api.GET('/api/v1/dossiers/{id}/public-verification', { params: { path: { id: dossier.dossierId } } })),
  });
  if (!verification.data) return null;
  const { code, url, qrSvg } = verification.data;
  return (
    <Card size="small" title={<CardTitle text={t('decision.publicVerification.title')} />}>
      <Typography.Paragraph>{t('decision.publicVerification.help')}</Typography.Paragraph>
      <img
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg)}`}
        alt={t('decision.publicVerification.qr', { code })}
        width={160}
        height={160}
      />
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('decision.publicVerification.code')}>
          <Typography.Text code copyable>
            {code}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('decision.publicVerification.link')}>
          <a href={url}>{url}</a>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
