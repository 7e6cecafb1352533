import { Button, Card, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import { ReviewPanel } from '../dossier/ReviewPanel';
import type { DossierDetail } from '../dossier/types';
import { CardTitle } from '../shared/CardTitle';
import { type CommandHeaders, useCommand } from '../shared/commands';
import { showFieldErrors } from '../shared/fieldErrors';
import { formatDate } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';
import type { Done } from './done';

interface Extension {
  readonly criterionId: string;
  readonly dueDate: Dayjs;
  readonly reason: string;
}

/**
 * The step's appraisals with their due dates, and the coordinator's extension of one criterion's
 * deadline (a department that asked for more time, a field check the weather postponed).
 */
export function ReviewProgress({
  dossier,
  names,
  onDone,
}: {
  readonly dossier: DossierDetail;
  readonly names: ReadonlyMap<string, string>;
  readonly onDone: Done;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Extension>();
  const open = dossier.criteriaStatus.filter((row) => row.review && row.review.status !== 'appraised');
  // Departments appraise side by side: an extension concerns one criterion, not the dossier's version.
  const extend = useCommand(
    ({ criterionId, ...body }: { criterionId: string; dueDate: string; reason: string }, sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/criteria/{criterionId}/deadline-extensions', {
          params: { path: { dossierId: dossier.dossierId, criterionId }, header: sent },
          body,
        }),
      ),
    {
      dossierId: dossier.dossierId,
      onSuccess: () => {
        form.resetFields();
        onDone(t('coordinatorDossier.extended'));
      },
    },
  );
  const required = [{ required: true, message: t('errors.required') }];
  return (
    <Card title={<CardTitle text={t('coordinatorDossier.progress')} />}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <ReviewPanel dossier={dossier} />
        {open.length > 0 && (
          <Form<Extension>
            form={form}
            layout="vertical"
            onFinish={({ dueDate, ...rest }) =>
              extend.mutate(
                { ...rest, dueDate: dueDate.format('YYYY-MM-DD') },
                { onError: (error) => showFieldErrors(form, error) },
              )
            }
          >
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t('coordinatorDossier.extend')}
            </Typography.Title>
            <Space wrap align="start">
              <Form.Item name="criterionId" label={t('review.criterion')} rules={required}>
                <Select
                  style={{ minWidth: 260 }}
                  options={open.map((row) => ({
                    value: row.criterionId,
                    label: `${names.get(row.criterionId) ?? row.criterionId} — ${formatDate(row.review!.dueDate)}`,
                  }))}
                />
              </Form.Item>
              <Form.Item name="dueDate" label={t('coordinatorDossier.newDueDate')} rules={required}>
                <DatePicker format="DD/MM/YYYY" />
              </Form.Item>
            </Space>
            <Form.Item name="reason" label={t('coordinatorDossier.extensionReason')} rules={required}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
            <ProblemAlert error={extend.error} />
            <Button htmlType="submit" loading={extend.isPending}>
              {t('coordinatorDossier.extendSubmit')}
            </Button>
          </Form>
        )}
      </Space>
    </Card>
  );
}
