import { vietnamDateOf } from '@ntm/calendar';
import type { Identity } from '@ntm/auth';

import { seedDemo } from '../../scripts/demo-seed';
import { apiJourney } from '../support/api-journey';
import { until } from '../support/until';
import { appraisalPlan, rulesFiledOn } from '../support/dossier-journey';
import { apiReader } from '../support/read-models';

interface Items {
  readonly items: readonly { readonly dossierId: string; readonly criterionId?: string }[];
}

describe('demo seeding: dossiers at several stages fill the work queues, and a second start files nothing twice', () => {
  const { sign, system } = apiJourney();
  const read = (identity: Identity) => apiReader(system().api.url, sign)(identity);
  const reader = (role: 'district-appraiser' | 'department-appraiser', unit: string, department: string) =>
    read({ userId: `${role}-${department}`, name: 'Người đọc', grants: [{ role, unit, department }] });

  /** The queue once the projections show it non-empty (they follow the seeding by a moment). */
  async function filled(get: () => Promise<unknown>): Promise<Items> {
    return until(async () => {
      const queue = (await get()) as Items;
      return queue.items.length > 0 && queue;
    }, 'a work queue filled by the seed');
  }

  it('seeds the demo provinces, the three-tier dossier under district verification', async () => {
    const lines: string[] = [];
    await seedDemo(system().api.url, sign, (line) => lines.push(line));
    await seedDemo(system().api.url, sign, (line) => lines.push(line));
    expect(lines).toHaveLength(14);

    // Quân Hà (Bắc Kạn, filed 01/06/2025): half its criteria verified by the Bạch Thông divisions.
    const verification = appraisalPlan(rulesFiledOn('2025-06-01', '06', { region: 'northern-midlands-mountains' }), 0);
    const pending = verification.at(-1);
    const division = await filled(() =>
      reader('district-appraiser', '063', pending?.department ?? '')('/work-queues/department'),
    );
    expect(division.items).toContainEqual(expect.objectContaining({ criterionId: pending?.criterionId }));

    // Phú Thông (Thái Nguyên, two tiers): half its criteria appraised by the province's departments.
    const appraisal = appraisalPlan(rulesFiledOn(vietnamDateOf(new Date()), '19', { group: 3 }));
    const awaited = appraisal.at(-1);
    const department = await filled(() =>
      reader('department-appraiser', '19', awaited?.department ?? '')('/work-queues/department'),
    );
    expect(department.items).toContainEqual(expect.objectContaining({ criterionId: awaited?.criterionId }));

    const coordinator = read({
      userId: 'dieu-phoi-thai-nguyen',
      name: 'Điều phối',
      grants: [{ role: 'province-coordinator', unit: '19' }],
    });
    // Thái Nguyên's coordinator also sees Bắc Kạn's dossiers (the province it absorbed): one each.
    const listed = (await coordinator('/dossiers')) as { items: { unit: { code: string } }[] };
    expect(listed.items.map((dossier) => dossier.unit.code).sort()).toEqual([
      '01912',
      '01969',
      '02005',
      '02008',
      '05503',
      '05830',
    ]);

    // Each workbench of the province has work: the announcement, the council's session, the decision.
    const unitsOf = (queue: unknown) =>
      (queue as { items: { unitCode?: string; unit?: { code: string } }[] }).items.map(
        (item) => item.unitCode ?? item.unit?.code,
      );
    const desk = (await coordinator('/work-queues/coordinator')) as {
      awaiting: { unitCode: string; awaiting: string }[];
    };
    expect(desk.awaiting).toContainEqual(expect.objectContaining({ unitCode: '02008', awaiting: 'announcement' }));
    const secretary = read({
      userId: 'thu-ky-thai-nguyen',
      name: 'Thư ký',
      grants: [{ role: 'council-secretary', unit: '19' }],
    });
    expect(unitsOf(await filled(() => secretary('/work-queues/council/waiting')))).toEqual(['05503']);
    const chairman = read({
      userId: 'chu-tich-thai-nguyen',
      name: 'Chủ tịch',
      grants: [{ role: 'approver', unit: '19' }],
    });
    expect(unitsOf(await filled(() => chairman('/work-queues/approver')))).toEqual(['05830']);
  });
});
