import { Button, Card, DatePicker, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import type { DossierDetail } from '../dossier/types';
import { CardTitle } from '../shared/CardTitle';
import { type CommandHeaders, dossierParams, useCommand } from '../shared/commands';
import { showFieldErrors } from '../shared/fieldErrors';
import { formatDate } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';
import type { Done } from './done';

interface Announcement {
  readonly announcedOn: Dayjs;
  /** One place per line, as an office lists them. */
  readonly places: string;
}

const PATHS = {
  recognition: '/api/v1/dossiers/{dossierId}/recognition-announcement',
  revocation: '/api/v1/dossiers/{dossierId}/revocation-announcement',
} as const;

/** A signed decision is announced publicly (công bố, QĐ 18/2022/QĐ-TTg): on or after its date, in named places. */
export function AnnouncementForm({
  dossier,
  subject,
  onDone,
}: {
  readonly dossier: DossierDetail;
  readonly subject: keyof typeof PATHS;
  readonly onDone: Done;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Announcement>();
  const announce = useCommand(
    (body: { announcedOn: string; places: string[] }, sent: CommandHeaders) =>
      answer(api.POST(PATHS[subject], { params: dossierParams(dossier, sent), body })),
    { dossierId: dossier.dossierId, onSuccess: () => onDone(t('coordinatorDossier.announced')) },
  );
  const decision = subject === 'recognition' ? dossier.recognition : dossier.revocation?.decision;
  const required = [{ required: true, message: t('errors.required') }];
  return (
    <Card title={<CardTitle text={t(`coordinatorDossier.announce.${subject}`)} />}>
      {decision && (
        <Typography.Paragraph>
          {t('coordinatorDossier.decision', {
            number: decision.decisionNumber,
            date: formatDate(decision.decisionDate),
          })}
        </Typography.Paragraph>
      )}
      <Form<Announcement>
        form={form}
        layout="vertical"
        onFinish={({ announcedOn, places }) =>
          announce.mutate(
            {
              announcedOn: announcedOn.format('YYYY-MM-DD'),
              places: places
                .split('\n')
                .map((place) => place.trim())
                .filter(Boolean),
            },
            { onError: (error) => showFieldErrors(form, error, (field) => [field.split('.')[0]]) },
          )
        }
      >
        <Form.Item name="announcedOn" label={t('coordinatorDossier.announcedOn')} rules={required}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item
          name="places"
          label={t('coordinatorDossier.places')}
          extra={t('coordinatorDossier.placesHelp')}
          rules={required}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <ProblemAlert error={announce.error} />
        <Button type="primary" htmlType="submit" loading={announce.isPending}>
          {t('coordinatorDossier.announceSubmit')}
        </Button>
      </Form>
    </Card>
  );
}
