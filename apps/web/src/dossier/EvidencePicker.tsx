import { CloseOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Tooltip } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { type EvidenceRef, evidenceOf } from './evidence';

interface Props {
  readonly value?: readonly EvidenceRef[];
  readonly onChange?: (value: EvidenceRef[]) => void;
  readonly disabled?: boolean;
  /** What the evidence is for, read out with the file picker. */
  readonly label: string;
}

/** A form control: the chosen files' names and hashes. */
export function EvidencePicker({ value = [], onChange, disabled, label }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const add = async (files: FileList | null) => {
    const added = await Promise.all([...(files ?? [])].map(evidenceOf));
    const known = new Set(value.map((each) => each.sha256));
    onChange?.([...value, ...added.filter((each) => !known.has(each.sha256))]);
  };
  return (
    <Space wrap size={4}>
      {value.map((evidence) => (
        <Tooltip key={evidence.sha256} title={`SHA-256 ${evidence.sha256}`}>
          <Tag icon={<PaperClipOutlined />}>
            {evidence.name}
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
              void add(event.target.files);
              event.target.value = '';
            }}
          />
          <Button size="small" icon={<UploadOutlined />} onClick={() => input.current?.click()}>
            {t('assessment.addEvidence')}
          </Button>
        </>
      )}
    </Space>
  );
}
