import { Button, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useUploadsInFlight } from './uploads-in-flight';

interface Props {
  readonly dossierId: string;
  readonly loading?: boolean;
  readonly disabled?: boolean;
  readonly children: ReactNode;
}

/**
 * A form's submit button that waits for the dossier's evidence files still uploading, and says so:
 * disabled, it also stops the Enter key from sending the form without them.
 */
export function SubmitWhenUploaded({ dossierId, loading, disabled, children }: Props) {
  const { t } = useTranslation();
  const uploading = useUploadsInFlight(dossierId);
  return (
    <Space wrap>
      <Button type="primary" htmlType="submit" loading={loading} disabled={disabled || uploading > 0}>
        {children}
      </Button>
      {uploading > 0 && (
        <Typography.Text type="secondary" role="status">
          {t('evidence.waitForUploads', { count: uploading })}
        </Typography.Text>
      )}
    </Space>
  );
}
