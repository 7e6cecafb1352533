import { Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import type { components } from '../api/schema';
import type { DossierDetail } from '../dossier/types';
import { CardTitle } from '../shared/CardTitle';
import { type CommandHeaders, dossierParams, useCommand } from '../shared/commands';
import { ProblemAlert } from '../shared/ProblemAlert';
import type { Done } from './done';

type Tier = components['schemas']['TierDto']['tier'];

/**
 * Every criterion of the step is appraised: the coordination office consolidates the results
 * (tổng hợp kết quả thẩm tra / thẩm định), which opens the council or, with criteria unmet, ends
 * the step with them named for the decision.
 */
export function Consolidation({ dossier, onDone }: { readonly dossier: DossierDetail; readonly onDone: Done }) {
  const { t } = useTranslation();
  // The read model names the tier as text; the command takes the step's own.
  const tier = (dossier.stage?.tier ?? 'province') as Tier;
  const complete = useCommand(
    (body: { tier: Tier }, sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/review-step/completion', { params: dossierParams(dossier, sent), body }),
      ),
    { dossierId: dossier.dossierId, onSuccess: () => onDone(t('coordinatorDossier.consolidated')) },
  );
  const { metCount, total, unmet } = dossier.criteria;
  return (
    <Card title={<CardTitle text={t('coordinatorDossier.consolidation')} />}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text>
          {t('coordinatorDossier.consolidationSummary', { met: metCount, total })}
          {unmet.length > 0 && ` ${t('coordinatorDossier.unmetList', { criteria: unmet.join(', ') })}`}
        </Typography.Text>
        <ProblemAlert error={complete.error} />
        <Button type="primary" loading={complete.isPending} onClick={() => complete.mutate({ tier })}>
          {t('coordinatorDossier.consolidate')}
        </Button>
      </Space>
    </Card>
  );
}
