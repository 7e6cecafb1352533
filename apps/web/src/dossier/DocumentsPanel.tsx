import { Button, Card, Flex, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import type { components } from '../api/schema';
import { formatDateTime, formatNumber } from '../shared/format';
import { PlainTable } from '../shared/PlainTable';
import { ProblemAlert } from '../shared/ProblemAlert';
import { saveFile } from '../shared/saveFile';

type ProcedureDocument = components['schemas']['DossierDocumentsResponse']['documents'][number];
type DocumentFile = `${ProcedureDocument['document']}.pdf`;

const queryKey = (dossierId: string) => ['dossier', dossierId, 'documents'];

/**
 * "Văn bản": the decision, report and minutes the procedure produces, each downloadable once the
 * dossier's events make it, with the SHA-256 of every file already handed out, so that anyone
 * holding a printed or forwarded copy can check it is the one the system issued.
 */
export function DocumentsPanel({ dossierId }: { readonly dossierId: string }) {
  const { t } = useTranslation();
  const documents = useQuery({
    queryKey: queryKey(dossierId),
    queryFn: () => answer(api.GET('/api/v1/dossiers/{id}/documents', { params: { path: { id: dossierId } } })),
  });
  if (!documents.data) return <ProblemAlert error={documents.error} />;
  return (
    <Card size="small" title={t('documents.title')}>
      <Typography.Paragraph type="secondary">{t('documents.explanation')}</Typography.Paragraph>
      <PlainTable
        head={[t('documents.document'), t('documents.files')]}
        wrap={[0, 1]}
        rows={documents.data.documents.map((document) => [
          document.document,
          [
            // The button under its title: on a phone the table scrolls, and the button must not.
            <Flex key="title" vertical gap="small" align="start">
              {document.title}
              <DownloadButton dossierId={dossierId} document={document} />
            </Flex>,
            <Editions key="editions" document={document} />,
          ],
        ])}
      />
    </Card>
  );
}

function Editions({ document }: { readonly document: ProcedureDocument }) {
  const { t } = useTranslation();
  if (!document.available) return <Typography.Text type="secondary">{t('documents.notYet')}</Typography.Text>;
  if (document.editions.length === 0)
    return <Typography.Text type="secondary">{t('documents.notHandedOut')}</Typography.Text>;
  return (
    <ul className="document-editions">
      {document.editions.map((edition) => (
        <li key={edition.sha256}>
          <Typography.Text code copyable={{ text: edition.sha256 }} className="sha256">
            {edition.sha256}
          </Typography.Text>{' '}
          <Typography.Text type="secondary">
            {t('documents.edition', {
              size: formatNumber(Math.ceil(edition.size / 1024)),
              version: edition.dossierVersion,
              at: edition.generatedAt ? formatDateTime(edition.generatedAt) : '—',
            })}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}

function DownloadButton({ dossierId, document }: { readonly dossierId: string; readonly document: ProcedureDocument }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  if (!document.available) return null;
  const download = async () => {
    setState('loading');
    try {
      const blob = await answer(
        api.GET('/api/v1/dossiers/{id}/documents/{document}', {
          params: { path: { id: dossierId, document: document.file as DocumentFile } },
          parseAs: 'blob',
        }),
      );
      saveFile(blob, `${document.title}.pdf`);
      setState('idle');
    } catch {
      setState('failed');
    }
    // A first download records a new file: the list shows its SHA-256 next.
    await queries.invalidateQueries({ queryKey: queryKey(dossierId) });
  };
  return (
    <>
      <Button
        size="small"
        loading={state === 'loading'}
        aria-label={t('documents.download', { title: document.title })}
        onClick={() => void download()}
      >
        {t('documents.downloadShort')}
      </Button>
      {state === 'failed' && (
        <Typography.Text type="danger" role="alert">
          {t('evidence.downloadFailed')}
        </Typography.Text>
      )}
    </>
  );
}
