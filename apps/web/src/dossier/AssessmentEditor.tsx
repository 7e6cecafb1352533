import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, ConfigProvider, Form, InputNumber, Space, Spin, Switch, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { ApiProblem } from '../api/problem';
import { OutboxCard } from '../offline/OutboxCard';
import { discardFromOutbox, sendOrKeep } from '../offline/outbox';
import { useOutbox } from '../offline/useOutbox';
import { type CommandHeaders, useCommand, writtenVersions } from '../shared/commands';
import { showFieldErrors } from '../shared/fieldErrors';
import { useSession } from '../auth/session';
import { ProblemAlert } from '../shared/ProblemAlert';
import { type AssessmentCommand, assessmentQueue, sendAssessment } from './assessmentCommand';
import { type AssessmentDraft, discardDraft, draftOf, saveDraft, useDrafts } from './assessmentDraft';
import { AssessmentMerge } from './AssessmentMerge';
import { commandBody, type EditorValues, initialValues, SECURITY_CONDITION } from './assessmentValues';
import type { Assessment } from './types';
import { EvidencePicker } from './EvidencePicker';
import { IndicatorRow } from './IndicatorRow';
import { SubmitWhenUploaded } from './SubmitWhenUploaded';
import { liveCount } from './verdicts';

const VERDICT_COLOURS = { met: 'green', 'not-met': 'red', 'needs-judgement': 'gold', missing: 'default' } as const;

interface EditorProps {
  readonly assessment: Assessment;
  readonly editable: boolean;
  /** A round carried over from a refusal, where only those criteria may be reassessed. */
  readonly questioned?: readonly string[];
  /** What the officer calls the dossier in the list of drafts: "Xã Nà Phặc — 2026". */
  readonly label?: string;
}

/**
 * The self-assessment by criterion and indicator, with the dossier's threshold next to each value.
 * It opens on this device's draft when there is one: what was typed before a reload or without a network.
 */
export function AssessmentEditor(props: EditorProps) {
  const { dossierId } = props.assessment;
  const writer = useSession().identity.userId;
  const draft = useDrafts(() => draftOf(writer, dossierId), `${writer}/${dossierId}`);
  return draft.loaded ? <DraftedEditor {...props} draft={draft.value} writer={writer} /> : <Spin />;
}

function DraftedEditor({
  assessment,
  editable,
  questioned = [],
  label = assessment.dossierId,
  draft,
  writer,
}: EditorProps & { readonly draft?: AssessmentDraft; readonly writer: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EditorValues>();
  const { dossierId } = assessment;
  const queries = useQueryClient();
  const asksSecurity = assessment.conditions.some((condition) => condition.indicatorId === SECURITY_CONDITION);
  const started = draft?.values ?? initialValues(assessment);
  const typed = Form.useWatch('values', form) ?? started.values;
  const live = liveCount(assessment.criteria, typed);
  // Recorded: the draft has done its work, and the dossier is read again at the version written.
  const recorded = async (version: number) => {
    writtenVersions.set(dossierId, version);
    await discardDraft(writer, dossierId);
  };
  const outbox = useOutbox<AssessmentCommand>(
    assessmentQueue(writer, dossierId),
    async (command, key) => {
      const outcome = await sendAssessment(command, key);
      await recorded(outcome.version);
      return outcome;
    },
    () => void queries.invalidateQueries({ queryKey: ['dossier', dossierId] }),
  );
  const record = useCommand(
    (command: AssessmentCommand, headers: CommandHeaders) =>
      sendOrKeep(
        { key: headers['Idempotency-Key'], queue: assessmentQueue(writer, dossierId), payload: command, label },
        sendAssessment,
      ),
    { dossierId, onSuccess: (outcome) => void (outcome.kept || recorded(outcome.version)) },
  );
  const send = (entered: EditorValues, base: Assessment) => {
    const { body, measured } = commandBody(assessment, entered);
    record.mutate(
      { dossierId, version: base.version, body },
      {
        // `indicators.3.value` is the fourth indicator sent: its field in the form is by id.
        onError: (error) => {
          if (error instanceof ApiProblem && error.status === 412)
            void queries.invalidateQueries({ queryKey: ['dossier', dossierId] });
          showFieldErrors(form, error, (field) => {
            const [, index, rest] = /^indicators\.(\d+)\.(\w+)/.exec(field) ?? [];
            const indicator = index === undefined ? undefined : measured[Number(index)];
            return indicator ? [rest === 'evidence' ? 'evidence' : 'values', indicator.indicatorId] : field.split('.');
          });
        },
      },
    );
  };
  const base = draft?.base ?? assessment;
  const keepDraft = () =>
    void saveDraft({ writer, dossierId, label, base, values: form.getFieldsValue(true) as EditorValues });
  const refusals = outbox.entries.filter((entry) => entry.refusal);
  // A new attempt replaces a refused one. What is sent is a draft first, with the version it is
  // based on, so a refusal (412 included) finds both the values and what they were typed against.
  const submit = async (entered: EditorValues) => {
    await Promise.all(refusals.map((entry) => discardFromOutbox(entry.key)));
    await saveDraft({ writer, dossierId, label, base, values: form.getFieldsValue(true) as EditorValues });
    send(entered, base);
  };
  const stale =
    (record.error instanceof ApiProblem && record.error.status === 412) ||
    refusals.some((entry) => entry.refusal?.status === 412);
  // The officer's choice per indicator becomes the draft, now based on the server's version, and is sent again.
  const merge = async (merged: EditorValues) => {
    form.setFieldsValue(merged);
    await saveDraft({ writer, dossierId, label, base: assessment, values: merged });
    await Promise.all(refusals.map((entry) => discardFromOutbox(entry.key)));
    record.reset();
    send(merged, assessment);
  };
  return (
    <Form<EditorValues>
      form={form}
      layout="vertical"
      initialValues={started}
      onValuesChange={editable ? keepDraft : undefined}
      onFinish={(entered) => void submit(entered)}
      disabled={!editable}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {t('assessment.title')} — {assessment.criteriaSetTitle}
          </Typography.Title>
          <Tag color={live.met === live.total ? 'green' : 'blue'} className="live-count" aria-live="polite">
            {t('assessment.live', { met: live.met, total: live.total })}
          </Tag>
        </Space>
        {!editable && <Alert type="info" showIcon title={t('assessment.readOnly')} />}
        {editable && questioned.length > 0 && (
          <Alert type="warning" showIcon title={t('assessment.correcting', { criteria: questioned.join(', ') })} />
        )}
        {editable && draft && (
          <Alert
            type="info"
            showIcon
            role="status"
            title={t('assessment.draft.kept', { version: draft.base.version })}
            action={
              <Button
                size="small"
                onClick={() => {
                  form.setFieldsValue(initialValues(assessment));
                  void discardDraft(writer, dossierId);
                }}
              >
                {t('assessment.draft.discard')}
              </Button>
            }
          />
        )}
        {assessment.criteria.map((criterion, index) => (
          <Card
            key={criterion.criterionId}
            size="small"
            title={
              <Space wrap>
                <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
                  {t('assessment.criterion', { id: criterion.criterionId, name: criterion.name })}
                </Typography.Title>
                <Tag color={VERDICT_COLOURS[live.verdicts[index]]}>{t(`verdicts.${live.verdicts[index]}`)}</Tag>
                {criterion.critical && <Tag color="purple">{t('assessment.critical')}</Tag>}
                {questioned.includes(criterion.criterionId) && <Tag color="orange">{t('assessment.questioned')}</Tag>}
              </Space>
            }
          >
            <ConfigProvider
              componentDisabled={!editable || (questioned.length > 0 && !questioned.includes(criterion.criterionId))}
            >
              {criterion.indicators.map((indicator) => (
                <IndicatorRow key={indicator.indicatorId} dossierId={dossierId} indicator={indicator} />
              ))}
            </ConfigProvider>
          </Card>
        ))}
        <Card size="small" title={t('assessment.debt')}>
          <Form.Item name={['debt', 'outstanding']} label={t('assessment.debtOutstanding')} valuePropName="checked">
            <Switch checkedChildren={t('app.yes')} unCheckedChildren={t('app.no')} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() =>
              form.getFieldValue(['debt', 'outstanding']) && (
                <Form.Item name={['debt', 'amount']} label={t('assessment.debtAmount')}>
                  <InputNumber min={0} decimalSeparator="," style={{ width: '100%', maxWidth: 320 }} />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item name={['debt', 'evidence']} label={t('assessment.evidence')}>
            <EvidencePicker dossierId={dossierId} label={t('assessment.debt')} />
          </Form.Item>
        </Card>
        {asksSecurity && (
          <Card size="small" title={t('assessment.security')}>
            <Form.Item
              name={['security', 'complicated']}
              label={t('assessment.securityComplicated')}
              valuePropName="checked"
            >
              <Switch checkedChildren={t('app.yes')} unCheckedChildren={t('app.no')} />
            </Form.Item>
            <Form.Item name={['security', 'evidence']} label={t('assessment.evidence')}>
              <EvidencePicker dossierId={dossierId} label={t('assessment.security')} />
            </Form.Item>
          </Card>
        )}
        <ProblemAlert error={record.error} />
        <OutboxCard entries={outbox.entries} flush={outbox.flush} words="assessment.outbox" />
        {editable && stale && (
          <AssessmentMerge
            base={base}
            current={assessment}
            draft={form.getFieldsValue(true) as EditorValues}
            merge={(merged) => void merge(merged)}
          />
        )}
        {record.data?.kept && outbox.entries.some((entry) => !entry.refusal) && (
          <Alert type="warning" showIcon role="status" title={t('assessment.draft.offline')} />
        )}
        {(record.data?.kept === false || outbox.delivered > 0) && (
          <Alert type="success" showIcon title={t('assessment.saved')} />
        )}
        {editable && (
          <SubmitWhenUploaded dossierId={dossierId} loading={record.isPending}>
            {t('assessment.submit')}
          </SubmitWhenUploaded>
        )}
      </Space>
    </Form>
  );
}
