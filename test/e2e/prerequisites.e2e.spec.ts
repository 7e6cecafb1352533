import { apiJourney } from '../support/api-journey';

const PROVINCE = '19';
const COMMUNE = '02008'; // Xã Cẩm Giàng (formed 1/7/2025), region Trung du miền núi phía Bắc
/** Filed on paper before 15/02/2026: the 2021–2025 sets, whose nâng cao and kiểu mẫu sets name their prerequisites. */
const FILED_ON = '2025-10-01';

describe('prerequisites of nâng cao and kiểu mẫu, and recognitions recorded from paper (#16.5)', () => {
  const { as, sign, system } = apiJourney();
  const read = async (path: string) => {
    const identity = {
      userId: 'kiem-toan',
      name: 'Kiểm toán viên',
      grants: [{ role: 'auditor' as const, unit: PROVINCE }],
    };
    const { accessToken } = await sign(identity);
    const response = await system().request(`/api/v1${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const commune = as('commune-officer', COMMUNE);
  const coordinator = as('province-coordinator', PROVINCE);
  const register = (level: string, year = 2025) =>
    commune('/dossiers', { unitCode: COMMUNE, level, year, filedOn: FILED_ON });
  const recognitions = `/communes/${COMMUNE}/earlier-recognitions`;
  const onPaper = { level: 'ntm', year: 2025, decisionNumber: '1876/QĐ-UBND', decisionDate: '2025-09-15' };

  it('refuses nâng cao without a standing NTM recognition, and accepts it once the coordinator records the one on paper', async () => {
    const refused = await register('advanced');
    expect(refused).toMatchObject({
      status: 422,
      body: { code: 'registration.prerequisite-missing', details: { level: 'advanced', requiredLevel: 'ntm' } },
    });
    expect(String(refused.body.detail)).toContain('nông thôn mới');

    // Only the province's coordinator records it; it is an event of the commune's own stream.
    expect((await commune(recognitions, onPaper)).status).toBe(403);
    const recorded = await coordinator(recognitions, onPaper);
    expect(recorded).toMatchObject({
      status: 200,
      body: { unitCode: COMMUNE, version: 1, recognitions: [{ unitCode: COMMUNE, ...onPaper }] },
    });
    const again = await coordinator(recognitions, { ...onPaper, decisionNumber: '1877/QĐ-UBND' });
    expect(again).toMatchObject({ status: 409, body: { code: 'earlier-recognition.already-recorded' } });
    const future = await coordinator(recognitions, { ...onPaper, level: 'advanced', decisionDate: '2099-01-01' });
    expect(future).toMatchObject({ status: 400, body: { errors: [{ field: 'decisionDate' }] } });

    const listed = await read(recognitions);
    expect(listed).toMatchObject({
      status: 200,
      body: { version: 1, recognitions: [{ decisionNumber: '1876/QĐ-UBND' }] },
    });

    expect(await register('advanced')).toMatchObject({ status: 201 });

    // Revoked on paper, the recognition stays in the record and no longer counts.
    const revocation = { level: 'ntm', year: 2025, decisionNumber: '2001/QĐ-UBND', decisionDate: '2025-11-20' };
    expect((await commune(`${recognitions}/revocations`, revocation)).status).toBe(403);
    const revoked = await coordinator(`${recognitions}/revocations`, revocation);
    expect(revoked).toMatchObject({
      status: 200,
      body: {
        version: 2,
        recognitions: [{ ...onPaper, revokedBy: { decisionNumber: '2001/QĐ-UBND', decisionDate: '2025-11-20' } }],
      },
    });
    expect(await register('advanced', 2026)).toMatchObject({
      status: 422,
      body: { code: 'registration.prerequisite-missing', details: { requiredLevel: 'ntm' } },
    });
  });

  it('kiểu mẫu needs a standing nâng cao recognition: an NTM one is not enough', async () => {
    expect(await register('model')).toMatchObject({
      status: 422,
      body: { code: 'registration.prerequisite-missing', details: { level: 'model', requiredLevel: 'advanced' } },
    });
  });
});
