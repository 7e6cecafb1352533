import { Alert, Button, Card, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import { CardTitle } from '../shared/CardTitle';
import { type CommandHeaders, useCommand } from '../shared/commands';
import { ProblemAlert } from '../shared/ProblemAlert';
import type { Council } from './council';

interface Ballot {
  readonly approve: boolean;
  readonly comment?: string;
}

/**
 * A member's ballot: Tán thành / Không tán thành with a comment. One who appraised the dossier
 * sees the form disabled and why; one who voted sees it recorded. No If-Match: members vote at
 * the same time, and the domain refuses a second vote by the same member.
 */
export function VotePanel({ council }: { readonly council: Council }) {
  const { t } = useTranslation();
  const vote = useCommand(
    (body: Ballot, sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/council/votes', {
          params: { path: { dossierId: council.dossierId }, header: sent },
          body: { approve: body.approve, ...(body.comment?.trim() && { comment: body.comment.trim() }) },
        }),
      ),
    { dossierId: council.dossierId },
  );
  const { caller } = council;
  if (caller.voted)
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        title={t('council.votedAlert')}
        description={t('council.votedHelp')}
      />
    );
  return (
    <Card title={<CardTitle text={t('council.voteTitle')} />}>
      {caller.conflicted && (
        <Alert
          type="warning"
          showIcon
          role="note"
          title={t('council.conflictTitle')}
          description={t('council.conflictHelp')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<Ballot> layout="vertical" disabled={caller.conflicted} onFinish={(ballot) => vote.mutate(ballot)}>
        <Form.Item
          name="approve"
          label={t('council.choice')}
          rules={[{ required: true, message: t('errors.required') }]}
        >
          <Radio.Group
            options={[
              { value: true, label: t('council.approve') },
              { value: false, label: t('council.reject') },
            ]}
          />
        </Form.Item>
        <Form.Item name="comment" label={t('council.comment')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <ProblemAlert error={vote.error} />
        <Button type="primary" htmlType="submit" loading={vote.isPending}>
          {t('council.voteSubmit')}
        </Button>
      </Form>
    </Card>
  );
}
