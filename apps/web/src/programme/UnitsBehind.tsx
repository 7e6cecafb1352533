import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { answer, api } from '../api/client';
import { PlainTable } from '../shared/PlainTable';
import { ProblemAlert } from '../shared/ProblemAlert';
import type { Drill } from './types';

/** The units behind the number the coordinator opened, each with the dossier that put it there. */
export function UnitsBehind({
  province,
  year,
  drill,
  onClose,
}: {
  readonly province: string;
  readonly year: number;
  readonly drill: Drill & { readonly what: string };
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const { what, ...query } = drill;
  const units = useQuery({
    queryKey: ['dashboard-units', province, year, query],
    queryFn: () => answer(api.GET('/api/v1/dashboard/units', { params: { query: { province, year, ...query } } })),
  });
  const items = units.data?.items ?? [];
  return (
    <Card
      title={t('programme.unitsOf', { what })}
      extra={<Button onClick={onClose}>{t('programme.close')}</Button>}
      aria-live="polite"
    >
      {units.isLoading && <Spin />}
      {units.error && <ProblemAlert error={units.error} />}
      {units.data && items.length === 0 && <Empty description={t('app.none')} />}
      {items.length > 0 && (
        <PlainTable
          head={[
            t('programme.unit'),
            t('programme.level'),
            t('programme.dossierYear'),
            t('programme.status'),
            t('programme.criteriaMet'),
          ]}
          rows={items.map((unit) => [
            unit.dossierId ?? `${unit.unitCode}-${unit.level}-${unit.year}`,
            [
              unit.dossierId ? (
                <Link key="unit" to={`/ho-so/${unit.dossierId}`}>
                  {unit.unitName}
                </Link>
              ) : (
                `${unit.unitName} (${t('programme.onPaper')})`
              ),
              t(`levels.${unit.level}` as 'levels.ntm'),
              String(unit.year),
              t(`statuses.${unit.status}` as 'statuses.registered'),
              unit.metCount === null ? '—' : `${unit.metCount}/${unit.total}`,
            ],
          ])}
        />
      )}
    </Card>
  );
}
