import { Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import { CardTitle } from '../shared/CardTitle';
import { ProblemAlert } from '../shared/ProblemAlert';
import { useLatestCheckpoint } from './useAudit';

/** Hands a file to the browser's downloads under the given name. */
function save(file: Blob, name: string) {
  const url = URL.createObjectURL(file);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  // The click has handed the file over: the object URL would otherwise live as long as the page.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const KEY_FILE = 'khoa-cong-khai-may-chu.pem';

/**
 * The dossier's archive for an offline check, fetched with the session's token (a plain link would
 * carry none), with the command that verifies it and, once a checkpoint is signed, the server's key.
 */
export function ArchiveExport({ dossierId }: { readonly dossierId: string }) {
  const { t } = useTranslation();
  const checkpoint = useLatestCheckpoint();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const archive = `dossier-${dossierId}.tar`;
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const file = await answer(
        api.GET('/api/v1/audit/dossiers/{id}/export', { params: { path: { id: dossierId } }, parseAs: 'blob' }),
      );
      save(file, archive);
    } catch (refusal) {
      setError(refusal);
    } finally {
      setBusy(false);
    }
  };
  const publicKey = checkpoint.data?.publicKey;
  const command = `node tools/verify-archive.mjs ${archive}${publicKey ? ` --public-key ${KEY_FILE}` : ''}`;
  return (
    <Card title={<CardTitle text={t('audit.export')} />}>
      <Space wrap>
        <Button type="primary" loading={busy} onClick={() => void download()}>
          {t('audit.download')}
        </Button>
        {publicKey && (
          <Button onClick={() => save(new Blob([publicKey], { type: 'application/x-pem-file' }), KEY_FILE)}>
            {t('audit.downloadKey')}
          </Button>
        )}
      </Space>
      <ProblemAlert error={error} />
      <Typography.Paragraph className="audit-export-help">{t('audit.exportHelp')}</Typography.Paragraph>
      <Typography.Paragraph copyable={{ text: command }}>
        <code className="audit-command">{command}</code>
      </Typography.Paragraph>
      {publicKey && <Typography.Paragraph type="secondary">{t('audit.keyHelp')}</Typography.Paragraph>}
    </Card>
  );
}
