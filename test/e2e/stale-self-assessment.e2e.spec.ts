import { vietnamDateOf } from '@ntm/calendar';

import { meetingValues } from '../../scripts/dossier-steps';
import { apiJourney } from '../support/api-journey';
import { EVIDENCE, rulesFiledOn, versionOf } from '../support/dossier-journey';

const PROVINCE = '19'; // Thái Nguyên
const COMMUNE = '02008';
const GROUP = { group: 2 } as const;

describe('a self-assessment drafted against a version the dossier moved on from is refused 412 (issue #24)', () => {
  const { as, sign, system } = apiJourney();
  const officer = as('commune-officer', COMMUNE);
  const rules = rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, GROUP);
  const values = meetingValues(rules.criteriaSet, GROUP);
  const numeric = rules.criteriaSet.criteria
    .flatMap((criterion) => criterion.indicators)
    .find((indicator) => indicator.measure.kind === 'number')!;
  const withValue = (value: number) => ({
    indicators: values.map((v) => (v.indicatorId === numeric.id ? { ...v, value } : v)),
    constructionDebt: { outstanding: false, evidence: EVIDENCE },
    securityAndOrder: { complicated: false, evidence: EVIDENCE },
  });
  const events = async (dossierId: string) =>
    (await system().db.dataSource.query(
      'select type from event_store.events where stream_id = $1 order by stream_version',
      [`dossier-${dossierId}`],
    )) as { type: string }[];
  const recorded = async (dossierId: string) => {
    const grants = [{ role: 'commune-officer' as const, unit: COMMUNE }];
    const { accessToken } = await sign({ userId: 'commune-officer-02008', name: 'Cán bộ xã', grants });
    const response = await system().request(`/api/v1/dossiers/${dossierId}/assessment`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    const body = (await response.json()) as { criteria: { indicators: { indicatorId: string; value?: unknown }[] }[] };
    return body.criteria.flatMap((criterion) => criterion.indicators).find((i) => i.indicatorId === numeric.id)?.value;
  };

  it('changes nothing with the stale If-Match, names the current version, and passes with it', async () => {
    const registered = await officer('/dossiers', { unitCode: COMMUNE, level: 'ntm', year: 2026, communeGroup: 2 });
    expect(registered.status).toBe(201);
    const dossierId = String(registered.body.dossierId);
    const started = versionOf(registered.etag);

    // Two drafts started from the same version: the first one sent is recorded.
    const first = await officer(`/dossiers/${dossierId}/self-assessment`, withValue(91), {
      'if-match': `W/"${started}"`,
    });
    expect(first.status).toBe(200);
    const current = versionOf(first.etag);
    const before = await events(dossierId);

    const stale = await officer(`/dossiers/${dossierId}/self-assessment`, withValue(97), {
      'if-match': `W/"${started}"`,
    });
    expect(stale).toMatchObject({
      status: 412,
      body: { code: 'dossier.version-changed', currentVersion: current },
    });
    expect(await events(dossierId)).toEqual(before);
    expect(await recorded(dossierId)).toBe(91);

    // Merged against the version it was told of, the draft is recorded.
    const merged = await officer(`/dossiers/${dossierId}/self-assessment`, withValue(97), {
      'if-match': `W/"${current}"`,
    });
    expect(merged.status).toBe(200);
    expect(await events(dossierId)).toHaveLength(before.length + 1);
    expect(await recorded(dossierId)).toBe(97);
  });
});
