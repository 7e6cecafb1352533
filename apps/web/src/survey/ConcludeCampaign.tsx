import { Alert, Button, Card, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import { useSession } from '../auth/session';
import { EvidencePicker } from '../dossier/EvidencePicker';
import type { EvidenceRef } from '../dossier/evidence';
import { type CommandHeaders, ifMatch, useCommand } from '../shared/commands';
import { ProblemAlert } from '../shared/ProblemAlert';
import { percent } from './percent';
import type { CampaignTarget } from './surveyCommand';
import type { CampaignView } from './types';
import { SubmitWhenUploaded } from '../dossier/SubmitWhenUploaded';

/**
 * Closing the collection, then certifying the result with its summary report: only the campaign's
 * officer at the certifying level may, and the page says so to anyone else rather than hide it.
 * Once certified, the result says plainly whether the threshold was met.
 */
export function ConcludeCampaign({ target, view }: { readonly target: CampaignTarget; readonly view: CampaignView }) {
  const { t } = useTranslation();
  const { identity } = useSession();
  const path = target;
  const headers = (sent: CommandHeaders) => ({ ...sent, ...ifMatch(view.version) });
  const close = useCommand(
    (_: void, sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/survey-campaigns/{campaignId}/closure', {
          params: { path, header: headers(sent) },
        }),
      ),
    { dossierId: target.dossierId },
  );
  const certify = useCommand(
    (report: EvidenceRef[], sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/survey-campaigns/{campaignId}/certification', {
          params: { path, header: headers(sent) },
          body: { report },
        }),
      ),
    { dossierId: target.dossierId },
  );
  const certified = view.certified;
  const concluding = view.campaign.officers.some((officer) => officer.userId === identity.userId);
  return (
    <Card size="small" title={t('survey.conclude')}>
      {certified ? (
        <Alert
          type={certified.passed ? 'success' : 'warning'}
          showIcon
          title={t(certified.passed ? 'survey.certifiedMet' : 'survey.certifiedNotMet', {
            rate: percent(certified.rate),
            threshold: percent(certified.threshold),
          })}
        />
      ) : !concluding ? (
        <Alert type="info" showIcon title={t('survey.concludeNotYours')} />
      ) : view.status === 'open' ? (
        <Space orientation="vertical">
          <ProblemAlert error={close.error} />
          <Button onClick={() => close.mutate()} loading={close.isPending}>
            {t('survey.close')}
          </Button>
        </Space>
      ) : (
        <Form<{ report: EvidenceRef[] }> layout="vertical" onFinish={({ report }) => certify.mutate(report)}>
          <Form.Item
            name="report"
            label={t('survey.report')}
            rules={[{ required: true, message: t('errors.required') }]}
          >
            <EvidencePicker dossierId={target.dossierId} label={t('survey.report')} />
          </Form.Item>
          <ProblemAlert error={certify.error} />
          <SubmitWhenUploaded dossierId={target.dossierId} loading={certify.isPending}>
            {t('survey.certify')}
          </SubmitWhenUploaded>
        </Form>
      )}
    </Card>
  );
}
