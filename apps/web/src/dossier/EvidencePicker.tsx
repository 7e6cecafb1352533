import { CloseOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Progress, Space, Tag, Tooltip, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '../shared/ProblemAlert';
import { type EvidenceRef, uploadEvidence } from './evidence';
import { EvidenceLink } from './EvidenceLink';
import { trackUpload } from './uploads-in-flight';

interface Props {
  /** The dossier the files are uploaded to, and read back from. */
  readonly dossierId: string;
  readonly value?: readonly EvidenceRef[];
  readonly onChange?: (value: EvidenceRef[]) => void;
  readonly disabled?: boolean;
  /** What the evidence is for, read out with the file picker. */
  readonly label: string;
}

interface Upload {
  readonly key: string;
  readonly name: string;
  readonly percent: number;
  readonly error?: unknown;
}

/**
 * A form control: the chosen files are uploaded to the dossier one after another, each showing how
 * far it has gone; the value is the refs the server returned. A refused file shows the reason.
 */
export function EvidencePicker({ dossierId, value = [], onChange, disabled, label }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const chosen = useRef(value);
  chosen.current = value;
  const [uploads, setUploads] = useState<readonly Upload[]>([]);
  const update = (key: string, change: Partial<Upload> | undefined) =>
    setUploads((all) =>
      change ? all.map((each) => (each.key === key ? { ...each, ...change } : each)) : all.filter((u) => u.key !== key),
    );
  const add = async (files: readonly File[]) => {
    const started = files.map((file, index) => ({
      key: `${Date.now()}-${index}-${file.name}`,
      name: file.name,
      percent: 0,
    }));
    setUploads((all) => [...all.filter((each) => !each.error), ...started]);
    // Every chosen file counts from now, not from its turn: the form waits for the last one.
    const inFlight = files.map(() => trackUpload(dossierId));
    for (const [index, file] of files.entries()) {
      const { key } = started[index];
      try {
        const ref = await uploadEvidence(dossierId, file, (fraction) =>
          update(key, { percent: Math.round(fraction * 100) }),
        );
        update(key, undefined);
        if (chosen.current.some((each) => each.sha256 === ref.sha256)) continue;
        chosen.current = [...chosen.current, ref];
        onChange?.([...chosen.current]);
      } catch (error) {
        update(key, { error });
      } finally {
        inFlight[index]();
      }
    }
  };
  return (
    <Flex vertical gap={4}>
      <Space wrap size={4}>
        {value.map((evidence) => (
          <Tooltip key={evidence.sha256} title={`SHA-256 ${evidence.sha256}`}>
            <Tag icon={<PaperClipOutlined />}>
              <EvidenceLink dossierId={dossierId} evidence={evidence} />
              {!disabled && (
                <Button
                  type="text"
                  size="small"
                  icon={<CloseOutlined />}
                  aria-label={t('assessment.removeEvidence', { name: evidence.name })}
                  onClick={() => onChange?.(value.filter((each) => each.sha256 !== evidence.sha256))}
                />
              )}
            </Tag>
          </Tooltip>
        ))}
        {!disabled && (
          <>
            {/* The browser's own control speaks its own language: a labelled button opens it. */}
            <input
              ref={input}
              type="file"
              multiple
              hidden
              aria-label={`${t('assessment.addEvidence')} — ${label}`}
              onChange={(event) => {
                void add([...(event.target.files ?? [])]);
                event.target.value = '';
              }}
            />
            <Button size="small" icon={<UploadOutlined />} onClick={() => input.current?.click()}>
              {t('assessment.addEvidence')}
            </Button>
          </>
        )}
      </Space>
      {uploads.map((upload) =>
        upload.error ? (
          <div key={upload.key}>
            <Typography.Text strong>{t('evidence.refused', { name: upload.name })}</Typography.Text>
            <ProblemAlert error={upload.error} />
          </div>
        ) : (
          <div key={upload.key} role="status">
            <Typography.Text>{t('evidence.uploading', { name: upload.name })}</Typography.Text>
            <Progress percent={upload.percent} size="small" />
          </div>
        ),
      )}
    </Flex>
  );
}
