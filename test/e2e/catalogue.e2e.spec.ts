import { apiJourney } from '../support/api-journey';
import { apiReader } from '../support/read-models';

const PROVINCE = '19';
/** Xã Cẩm Giàng, group 2 (seeded). */
const COMMUNE = '02008';

interface Summary {
  readonly id: string;
  readonly status: string;
  readonly unconfirmedThresholds: number;
}

describe('the criteria catalogue: read-only, and a draft version receives dossiers only once the province publishes it', () => {
  const { as, sign, system } = apiJourney({ publishDraftCatalogue: false });
  const read = () =>
    apiReader(
      system().api.url,
      sign,
    )({ userId: 'doc-danh-muc', name: 'Người đọc', grants: [{ role: 'commune-officer', unit: COMMUNE }] });
  const register = () =>
    as('commune-officer', COMMUNE)('/dossiers', { unitCode: COMMUNE, level: 'ntm', year: 2026, communeGroup: 2 });
  const publication = { province: PROVINCE, legalReference: 'QĐ 51/2025/QĐ-TTg; QĐ 123/QĐ-UBND ngày 20/02/2026' };

  it('lists the versions with their status and how many thresholds still need confirming, and gives one whole', async () => {
    const versions = (await read()('/catalogue')) as Summary[];
    expect(versions.find((v) => v.id === '2022.1')).toMatchObject({ status: 'published' });
    const draft = versions.find((v) => v.id === '2026.1');
    expect(draft).toMatchObject({ status: 'draft', effectiveFrom: '2026-02-15' });
    expect(draft?.unconfirmedThresholds).toBeGreaterThan(0);
    const whole = (await read()('/catalogue/2026.1')) as {
      criteriaSets: { id: string; criteria: { name: string }[] }[];
    };
    const set = whole.criteriaSets.find((s) => s.id === 'xa-ntm-2026-2030');
    expect(set?.criteria).toHaveLength(10);
    expect(set?.criteria[3]?.name).toBe('Đào tạo nguồn nhân lực nông thôn');
    const unknown = await system().request('/api/v1/catalogue/2099.1', {
      headers: { authorization: `Bearer ${(await sign({ userId: 'x', name: 'X', grants: [] })).accessToken}` },
    });
    expect(unknown.status).toBe(404);
  });

  it('no dossier is filed on the draft, and nothing is recorded', async () => {
    const refused = await register();
    expect(refused.body).toMatchObject({
      status: 422,
      code: 'catalogue.not-published',
      details: { catalogueVersion: '2026.1', province: PROVINCE },
    });
  });

  it('the province’s administrator publishes it with its legal reference, once; others may not', async () => {
    const url = '/catalogue/2026.1/publications';
    expect((await as('commune-officer', COMMUNE)(url, publication)).status).toBe(403);
    expect(await as('administrator', PROVINCE)(url, { ...publication, legalReference: ' ' })).toMatchObject({
      status: 400,
      body: { errors: [{ field: 'legalReference' }] },
    });
    const published = await as('administrator', PROVINCE)(url, publication);
    expect(published).toMatchObject({
      status: 200,
      body: {
        province: PROVINCE,
        publications: [{ catalogueVersion: '2026.1', legalReference: publication.legalReference }],
      },
    });
    const again = await as('administrator', PROVINCE)(url, publication);
    expect(again.body).toMatchObject({ status: 409, code: 'catalogue.already-published' });
    expect(await read()(`/catalogue/publications/${PROVINCE}`)).toMatchObject({
      publications: [{ catalogueVersion: '2026.1' }],
    });
  });

  it('once published, the commune files on it', async () => {
    expect(await register()).toMatchObject({ status: 201, body: { status: 'registered' } });
  });
});
