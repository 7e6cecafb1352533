import { Card, Flex, List, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import type { components } from '../api/schema';
import { type CommandHeaders, useCommand } from '../shared/commands';
import { ProblemAlert } from '../shared/ProblemAlert';
import type { EvidenceRef } from './evidence';
import { EvidenceLink } from './EvidenceLink';
import { EvidencePicker } from './EvidencePicker';

export type Checklist = components['schemas']['SubmissionChecklistResponse'];
type Item = Checklist['items'][number];

/** The submission dossier of the current round, read from the dossier's own stream (no projection lag). */
export function useSubmissionChecklist(dossierId: string) {
  return useQuery({
    queryKey: ['dossier', dossierId, 'submission-checklist'],
    queryFn: () =>
      answer(api.GET('/api/v1/dossiers/{id}/submission-checklist', { params: { path: { id: dossierId } } })),
  });
}

interface Props {
  readonly dossierId: string;
  readonly commune: boolean;
}

/**
 * "Hồ sơ đề nghị" (QĐ 18/2022/QĐ-TTg, Điều 7): each document of the pinned list, present or missing,
 * with its files. The commune uploads and attaches what the procedure did not produce itself, until
 * the dossier is submitted.
 */
export function SubmissionChecklist({ dossierId, commune }: Props) {
  const { t } = useTranslation();
  const checklist = useSubmissionChecklist(dossierId);
  if (!checklist.data) return <ProblemAlert error={checklist.error} />;
  if (checklist.data.items.length === 0) return null;
  const editable = commune && checklist.data.open;
  return (
    <Card
      size="small"
      title={t('checklist.title')}
      extra={<Typography.Text>{summaryOf(checklist.data, t)}</Typography.Text>}
    >
      <List<Item>
        dataSource={[...checklist.data.items]}
        renderItem={(item) => (
          <List.Item aria-label={item.name}>
            <ChecklistRow dossierId={dossierId} item={item} editable={editable && !item.produced} />
          </List.Item>
        )}
      />
    </Card>
  );
}

function summaryOf(checklist: Checklist, t: ReturnType<typeof useTranslation>['t']): string {
  const required = checklist.items.filter((i) => i.required);
  const present = required.filter((i) => i.status === 'present').length;
  return t('checklist.summary', { present, total: required.length });
}

function ChecklistRow({ dossierId, item, editable }: { dossierId: string; item: Item; editable: boolean }) {
  const { t } = useTranslation();
  const path = { dossierId, documentId: item.documentId };
  const attach = useCommand(
    (file: EvidenceRef, sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/submission-documents/{documentId}', {
          params: { path, header: sent },
          body: file,
        }),
      ),
    { dossierId },
  );
  const detach = useCommand(
    (sha256: string, sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/submission-documents/{documentId}/detachment', {
          params: { path, header: sent },
          body: { sha256 },
        }),
      ),
    { dossierId },
  );
  // The picker holds every file of the document; only the files attached to it (not those the
  // procedure cited) can be added or taken away here.
  const change = async (next: readonly EvidenceRef[]) => {
    const had = new Set(item.files.map((f) => f.sha256));
    const keeps = new Set(next.map((f) => f.sha256));
    for (const file of next.filter((f) => !had.has(f.sha256))) await attach.mutateAsync(file).catch(() => undefined);
    for (const file of item.files.filter((f) => !keeps.has(f.sha256)))
      await detach.mutateAsync(file.sha256).catch(() => undefined);
  };
  return (
    <Flex vertical gap={4} style={{ width: '100%' }}>
      <Space wrap>
        {item.status === 'present' ? (
          <Tag color="green">{t('checklist.present')}</Tag>
        ) : (
          <Tag color={item.required ? 'red' : undefined}>
            {t(item.required ? 'checklist.missing' : 'checklist.none')}
          </Tag>
        )}
        <Typography.Text strong>{item.name}</Typography.Text>
        {!item.required && <Tag>{t('checklist.optional')}</Tag>}
      </Space>
      <Typography.Text type="secondary">{item.legalBasis}</Typography.Text>
      {item.produced && (
        <Typography.Text>{t(`checklist.producedBy.${item.producedBy ?? 'survey-report'}`)}</Typography.Text>
      )}
      {editable ? (
        <EvidencePicker
          dossierId={dossierId}
          label={item.name}
          value={item.files}
          onChange={(next) => void change(next)}
        />
      ) : (
        item.files.length > 0 && (
          <Space wrap size={4}>
            {item.files.map((file) => (
              <EvidenceLink key={file.sha256} dossierId={dossierId} evidence={file} />
            ))}
          </Space>
        )
      )}
      <ProblemAlert error={attach.error ?? detach.error} />
    </Flex>
  );
}
