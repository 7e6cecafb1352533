import { Button, Card, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import type { DossierDetail } from '../dossier/types';
import { CardTitle } from '../shared/CardTitle';
import { type CommandHeaders, dossierParams, useCommand } from '../shared/commands';
import { showFieldErrors } from '../shared/fieldErrors';
import { ProblemAlert } from '../shared/ProblemAlert';
import type { Done } from './done';

interface Merger {
  readonly action: 'carry-over' | 'closure';
  readonly successorUnit: string;
  readonly text: string;
}

/**
 * The dossier's commune was merged in the 2025 reorganisation: the coordination office carries the
 * dossier over to the new commune formed from it, or closes it with the reason (a new dossier under
 * the 2026–2030 criteria, for instance).
 */
export function MergerActions({ dossier, onDone }: { readonly dossier: DossierDetail; readonly onDone: Done }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Merger>();
  const action = Form.useWatch('action', form);
  const send = useCommand(
    ({ action: chosen, successorUnit, text }: Merger, sent: CommandHeaders) =>
      answer(
        chosen === 'carry-over'
          ? api.POST('/api/v1/dossiers/{dossierId}/merger/carry-over', {
              params: dossierParams(dossier, sent),
              body: { successorUnit, note: text },
            })
          : api.POST('/api/v1/dossiers/{dossierId}/merger/closure', {
              params: dossierParams(dossier, sent),
              body: { successorUnit, reason: text },
            }),
      ),
    { dossierId: dossier.dossierId, onSuccess: () => onDone(t('merger.done')) },
  );
  const required = [{ required: true, message: t('errors.required') }];
  return (
    <Card title={<CardTitle text={t('merger.title')} />}>
      <Form<Merger>
        form={form}
        layout="vertical"
        initialValues={{ action: 'carry-over', successorUnit: dossier.successorUnits[0]?.code }}
        onFinish={(merger) =>
          send.mutate(merger, {
            onError: (error) => showFieldErrors(form, error, (field) => [field === 'successorUnit' ? field : 'text']),
          })
        }
      >
        <Form.Item name="action" label={t('merger.action')}>
          <Radio.Group
            options={[
              { value: 'carry-over', label: t('merger.carryOver') },
              { value: 'closure', label: t('merger.closure') },
            ]}
          />
        </Form.Item>
        <Form.Item name="successorUnit" label={t('merger.successor')} rules={required}>
          <Select
            style={{ maxWidth: 360 }}
            options={dossier.successorUnits.map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` }))}
          />
        </Form.Item>
        <Form.Item name="text" label={t(action === 'closure' ? 'merger.reason' : 'merger.note')} rules={required}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
        <ProblemAlert error={send.error} />
        <Button type="primary" htmlType="submit" loading={send.isPending}>
          {t('merger.submit')}
        </Button>
      </Form>
    </Card>
  );
}
