import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

import { answer, api } from '../api/client';
import { firstWorkingDayFrom } from '../appraisal/workingDays';
import type { components } from '../api/schema';
import { useSession } from '../auth/session';
import { type CommandHeaders, useCommand } from '../shared/commands';
import { showFieldErrors } from '../shared/fieldErrors';
import { todayInVietnam } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';
import { useCalendars } from '../shared/useCalendars';

type Campaign = components['schemas']['OpenCampaignDto'];
type Values = Omit<Campaign, 'opensOn' | 'officers'> & { readonly opensOn: Dayjs };

const DATE_FORMAT = 'DD/MM/YYYY';
const METHODS = ['direct', 'paper', 'online'] as const;

/**
 * The MTTQ's usual form: one overall question (the rate is taken on it), two on what the
 * programme built, and the common reasons for dissatisfaction. The officer adapts it per campaign.
 */
const USUAL_QUESTIONNAIRE: Campaign['questionnaire'] = {
  version: 'MTTQ-2026.1',
  overallQuestionId: 'q1',
  questions: [
    { id: 'q1', text: 'Ông/bà có hài lòng với kết quả xây dựng nông thôn mới của xã không?' },
    { id: 'q2', text: 'Ông/bà có hài lòng với đường giao thông, điện, trường học, trạm y tế của xã không?' },
    { id: 'q3', text: 'Ông/bà có hài lòng với môi trường, cảnh quan nông thôn của xã không?' },
  ],
  reasons: [
    { code: 'duong-xuong-cap', label: 'Đường giao thông xuống cấp' },
    { code: 'moi-truong', label: 'Vệ sinh môi trường chưa tốt' },
    { code: 'thu-nhap', label: 'Thu nhập chưa được cải thiện' },
    { code: 'dich-vu-cong', label: 'Thủ tục hành chính chưa thuận tiện' },
  ],
};

/** The MTTQ level that surveys a unit, by the length of its code: xã 5, huyện 3, tỉnh 2. */
const levelOf = (unit: string) => (unit.length === 5 ? 'commune' : unit.length === 3 ? 'district' : 'province');

/**
 * Opens a campaign with the officer as its responsible officer, from the first working day of the
 * province's calendar (the API refuses any other); then goes to the campaign.
 */
export function OpenCampaignForm({ dossierId, province }: { readonly dossierId: string; readonly province: string }) {
  const { t } = useTranslation();
  const { identity, grant } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const today = todayInVietnam();
  const calendars = useCalendars(province, [today.slice(0, 4), String(Number(today.slice(0, 4)) + 1)]);
  const open = useCommand(
    (campaign: Campaign, headers: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/survey-campaigns', {
          params: { path: { dossierId }, header: headers },
          body: campaign,
        }),
      ),
    { dossierId, onSuccess: ({ campaignId }) => navigate(`/mttq/${dossierId}/${campaignId}`) },
  );
  if (!calendars.data) return calendars.error ? <ProblemAlert error={calendars.error} /> : <Spin />;
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{
        villages: [{ code: 'T1', name: '', households: undefined }],
        method: 'direct',
        samplePlan: { kind: 'all-households' },
        opensOn: dayjs(firstWorkingDayFrom(today, calendars.data)),
        durationWorkingDays: 10,
        questionnaire: USUAL_QUESTIONNAIRE,
      }}
      // Every value, the questionnaire's codes too: only its wording has fields of its own.
      onFinish={() => {
        const { opensOn, ...values } = form.getFieldsValue(true) as Values;
        open.mutate(
          {
            ...values,
            opensOn: opensOn.format('YYYY-MM-DD'),
            officers: [{ level: levelOf(grant.unit), userId: identity.userId }],
          },
          { onError: (error) => showFieldErrors(form, error) },
        );
      }}
    >
      <Form.List name="villages">
        {(rows, { add, remove }) => (
          <fieldset className="form-group">
            <legend>{t('survey.villages')}</legend>
            {rows.map((row, index) => (
              <Space key={row.key} wrap align="start">
                <Form.Item name={[row.name, 'code']} label={t('survey.villageCode')} rules={[{ required: true }]}>
                  <Input style={{ width: 100 }} />
                </Form.Item>
                <Form.Item name={[row.name, 'name']} label={t('survey.villageName')} rules={[{ required: true }]}>
                  <Input />
                </Form.Item>
                <Form.Item name={[row.name, 'households']} label={t('survey.households')} rules={[{ required: true }]}>
                  <InputNumber min={1} precision={0} />
                </Form.Item>
                {rows.length > 1 && (
                  <Button
                    className="form-row-remove"
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('survey.removeVillage', { index: index + 1 })}
                    onClick={() => remove(row.name)}
                  />
                )}
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ code: `T${rows.length + 1}` })}>
              {t('survey.addVillage')}
            </Button>
          </fieldset>
        )}
      </Form.List>
      <Space wrap>
        <Form.Item name="method" label={t('survey.method')}>
          <Select
            style={{ minWidth: 200 }}
            options={METHODS.map((m) => ({ value: m, label: t(`survey.methods.${m}`) }))}
          />
        </Form.Item>
        <Form.Item name="opensOn" label={t('survey.opensOn')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="durationWorkingDays" label={t('survey.duration')} rules={[{ required: true }]}>
          <InputNumber min={1} precision={0} />
        </Form.Item>
      </Space>
      <Form.Item name={['samplePlan', 'kind']} label={t('survey.sample')}>
        <Radio.Group
          options={(['all-households', 'sample'] as const).map((k) => ({ value: k, label: t(`survey.samples.${k}`) }))}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={[['samplePlan', 'kind']]}>
        {() =>
          form.getFieldValue(['samplePlan', 'kind']) === 'sample' && (
            <Space wrap>
              <Form.Item name={['samplePlan', 'size']} label={t('survey.sampleSize')} rules={[{ required: true }]}>
                <InputNumber min={1} precision={0} />
              </Form.Item>
              <Form.Item name={['samplePlan', 'rule']} label={t('survey.sampleRule')} rules={[{ required: true }]}>
                <Input style={{ minWidth: 280 }} />
              </Form.Item>
            </Space>
          )
        }
      </Form.Item>
      <TextList
        name={['questionnaire', 'questions']}
        field="text"
        legend={t('survey.questions')}
        each="survey.question"
      />
      <TextList name={['questionnaire', 'reasons']} field="label" legend={t('survey.reasons')} each="survey.reason" />
      <ProblemAlert error={open.error} />
      <Button type="primary" htmlType="submit" loading={open.isPending}>
        {t('survey.openSubmit')}
      </Button>
    </Form>
  );
}

/** The questionnaire's wording, one labelled text per item; codes stay as the usual form sets them. */
function TextList({
  name,
  field,
  legend,
  each,
}: {
  readonly name: string[];
  readonly field: 'text' | 'label';
  readonly legend: string;
  readonly each: 'survey.question' | 'survey.reason';
}) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(rows) => (
        <fieldset className="form-group">
          <legend>{legend}</legend>
          {rows.map((row, index) => (
            <Form.Item
              key={row.key}
              name={[row.name, field]}
              label={t(each, { index: index + 1 })}
              rules={[{ required: true }]}
            >
              <Input.TextArea autoSize />
            </Form.Item>
          ))}
        </fieldset>
      )}
    </Form.List>
  );
}
