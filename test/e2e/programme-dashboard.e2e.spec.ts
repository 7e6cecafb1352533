import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { Workbook } from 'exceljs';
import type { Pool } from 'pg';

import type { DossierEvent } from '@ntm/domain';
import { dossierNoticeStreamId, dossierStreamId, PostgresEventStore } from '@ntm/event-store';
import { startTestSystem, type TestSystem, until } from '@ntm/test-support';

import { recognitionHistory, toNewEvent } from '../../libs/audit/src/testing/histories';
import { devLoginHeaders } from '../support/dev-login';
import { describeWithPdftotext, pdfText } from '../support/pdf-text';
import { inReview, recognised, revoked } from '../support/public-decisions';

/** Dương Thị Nguyên, coordination office of Thái Nguyên (libs/auth/data/demo-users.yaml). */
const COORDINATOR = 'dieu-phoi-thai-nguyen';
const RECOGNISED = [
  ['hs-02008-2026', '02008'],
  ['hs-01912-2026', '01912'],
  ['hs-01969-2026', '01969'],
] as const;
const IN_REVIEW = 'hs-05503-2026';
/** Where the run leaves the reports (git-ignored), for people to look at. */
const OUTPUT = resolve(__dirname, '..', '..', 'test-results', 'documents');

/** A dossier of a Bắc Kạn (06) commune, registered and recognised for 2025, before the province merged. */
async function recognisedIn2025(store: PostgresEventStore, dossierId: string, unit: string): Promise<void> {
  const events = recognitionHistory({ dossierId, unit, province: '06' }).map((event) => {
    if (event.type === 'DossierRegistered') return { ...event, data: { ...event.data, year: 2025 } };
    if (event.type === 'DossierRecognised')
      return { ...event, data: { ...event.data, year: 2025, decisionDate: '2025-05-01' } };
    return event;
  });
  for (const [index, event] of events.entries())
    await store.append(dossierStreamId(dossierId), index, [toNewEvent(event)]);
}

interface Target {
  target: { measure: string; unitKind: string; level: string; count?: string };
  actual: number | null;
  over: number | null;
  reached: boolean;
}

interface Dashboard {
  recognitions: { unitKind: string; level: string; year: number; standing: number; revoked: number }[];
  criteriaSets: {
    criteriaSetId: string;
    units: number;
    total: number;
    averageMet: number;
    criteria: { criterionId: string; met: number; assessed: number; rate: number }[];
  }[];
  stages: { status: string; phase: string | null; count: number }[];
  departments: { department: string; pending: number; overdue: number }[];
  plans: { province: string; plan: { number: string }; targets: Target[] }[];
}

/** The dashboard, a list of the units behind a number, or a problem. */
interface Answer extends Partial<Dashboard> {
  items: { dossierId: string; unitCode: string; unitName: string }[];
  errors?: { field: string; reason: string }[];
  code?: string;
}

/**
 * The province's programme dashboard (issue #22) as the coordinator reads it while recognitions
 * are recorded: the numbers move with the events, and each number opens the units behind it.
 */
describe('programme dashboard (e2e)', () => {
  let system: TestSystem;
  let pool: Pool;
  let store: PostgresEventStore;
  let headers: Record<string, string>;
  const read = async (query: string) => {
    const answer = await system.request(`/api/v1/dashboard${query}`, { headers });
    const body = (await answer.json()) as Answer;
    return { status: answer.status, type: answer.headers.get('content-type'), body };
  };
  const dashboard = async () => (await read('?province=19&year=2026')).body as Dashboard;
  const recognitionsOf = (shown: Dashboard) =>
    shown.recognitions.filter(
      ({ unitKind, level, year }) => unitKind === 'commune' && level === 'ntm' && year === 2026,
    );

  beforeAll(async () => {
    system = await startTestSystem();
    pool = system.db.openPool(2);
    store = new PostgresEventStore(pool);
    headers = await devLoginHeaders(system.api.url, COORDINATOR);
  });
  afterAll(async () => {
    await store?.drain();
    await system?.stop();
  });

  it('counts each recognition as it is decided, the criteria met, the dossiers by stage and the work by department', async () => {
    expect(recognitionsOf(await dashboard())).toEqual([]);
    await inReview(store, IN_REVIEW, '05503');
    const histories: DossierEvent[][] = [];
    for (const [count, [dossierId, unit]] of RECOGNISED.entries()) {
      histories.push(await recognised(store, dossierId, unit));
      await until(
        async () => recognitionsOf(await dashboard())[0]?.standing === count + 1,
        `${count + 1} recognitions on the dashboard`,
      );
    }
    const shown = await dashboard();
    expect(shown.stages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ status: 'recognised', phase: null, count: 3 }),
        expect.objectContaining({ status: 'in-review', phase: 'appraising', count: 1 }),
      ]),
    );
    const [set] = shown.criteriaSets;
    expect(set).toMatchObject({ units: 4 });
    // The three recognised communes meet every criterion; the one in review, what its self-assessment says.
    expect(set?.criteria.every(({ met, assessed }) => met >= 3 && assessed === 4)).toBe(true);
    // Each share is over the four communes with a dossier: 3/4 → 75, 4/4 → 100.
    expect(set?.criteria.map(({ met, rate }) => rate === (met === 4 ? 100 : 75))).not.toContain(false);
    const metInAll = set?.criteria.reduce((sum, { met }) => sum + met, 0) ?? 0;
    expect(set?.averageMet).toBe(metInAll / 4);
    expect(shown.departments.reduce((sum, { pending }) => sum + pending, 0)).toBe(set?.total);
    expect(shown.plans).toEqual([]); // Thái Nguyên's plans for 2026 are not in the data yet

    await revoked(store, RECOGNISED[0][0], histories[0]!, '901/QĐ-UBND');
    await until(async () => recognitionsOf(await dashboard())[0]?.revoked === 1, 'the revocation on the dashboard');
    expect(recognitionsOf(await dashboard())).toEqual([
      { unitKind: 'commune', level: 'ntm', year: 2026, standing: 2, revoked: 1 },
    ]);
  });

  it("Thái Nguyên's dashboard for 2025 carries Bắc Kạn's plan (KH 231/KH-UBND), counted over Bắc Kạn's former communes", async () => {
    const communesNtm = async () => {
      const [plan] = (await read('?province=19&year=2025')).body.plans ?? [];
      const target = plan?.targets.find(
        ({ target }) => target.measure === 'recognised-units' && target.level === 'ntm' && target.count === 'total',
      );
      return { plan, target };
    };
    const before = await communesNtm();
    expect(before.plan).toMatchObject({ province: '06', plan: { number: '231/KH-UBND' } });
    expect(before.target).toMatchObject({ actual: 0, reached: false, target: { unitKind: 'commune' } });
    await recognisedIn2025(store, 'hs-02005-2025', '02005');
    await until(async () => (await communesNtm()).target?.actual === 1, 'the 2025 recognition against the plan');
    // Xã Dương Quang's recognition of 2019 (now Phong Quang), decided on paper and recorded by the coordinator.
    const recorded = await system.request('/api/v1/communes/01849/earlier-recognitions', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': 'duong-quang-2019' },
      body: JSON.stringify({ level: 'ntm', year: 2019, decisionNumber: '2468/QĐ-UBND', decisionDate: '2019-12-27' }),
    });
    expect(recorded.status).toBeLessThan(300);
    await until(async () => (await communesNtm()).target?.actual === 2, 'the paper recognition against the plan');
    // A share of KH 231 is counted over the communes with a dossier on the plan's criteria set: none here (the
    // test dossiers use the test set), and Dương Quang, recognised on paper, is not one: no figure, over 0.
    const [plan] = (await read('?province=19&year=2025')).body.plans ?? [];
    const share = plan?.targets.find(
      ({ target }) => target.measure === 'criterion-share' && target.level === 'ntm' && target.unitKind === 'commune',
    );
    expect(share).toMatchObject({ actual: null, over: 0, reached: false });
    const byYear = (await read('?province=19&year=2025')).body.recognitions;
    expect(byYear).toContainEqual({ unitKind: 'commune', level: 'ntm', year: 2019, standing: 1, revoked: 0 });
  });

  it('opens the units behind a number: the recognitions that stand, a stage, a criterion met or not, a department’s backlog', async () => {
    const behind = await read(
      '/units?province=19&year=2026&figure=recognised&unitKind=commune&level=ntm&recognitionYear=2026',
    );
    expect(behind.status).toBe(200);
    expect(behind.body.items.map(({ unitCode }) => unitCode).sort()).toEqual(['01912', '01969']);
    expect(behind.body.items[0]?.unitName).toMatch(/^Xã /);
    const appraising = await read('/units?province=19&year=2026&figure=stage&status=in-review&phase=appraising');
    expect(appraising.body.items).toEqual([expect.objectContaining({ dossierId: IN_REVIEW, unitCode: '05503' })]);
    // Each criterion's "đạt" and "chưa đạt" open as many units as they count.
    const shown = await dashboard();
    const [set] = shown.criteriaSets;
    for (const { criterionId, met, assessed } of set!.criteria.slice(0, 3))
      for (const [isMet, expected] of [
        [true, met],
        [false, assessed - met],
      ] as const) {
        const behind = await read(
          `/units?province=19&year=2026&figure=criterion&criteriaSet=${set!.criteriaSetId}&criterion=${criterionId}&met=${isMet}`,
        );
        expect(behind.body.items).toHaveLength(expected);
      }
    // A department's backlog opens the dossier whose criteria wait for it: the one in review.
    const [backlog] = shown.departments;
    const behindDepartment = async (department: string, overdue: boolean) =>
      (await read(`/units?province=19&year=2026&figure=department&department=${department}&overdue=${overdue}`)).body
        .items;
    expect(await behindDepartment(backlog!.department, false)).toEqual([
      expect.objectContaining({ dossierId: IN_REVIEW }),
    ]);
    expect(backlog!.overdue).toBe(0);
    expect(await behindDepartment(backlog!.department, true)).toEqual([]);

    // The workflow's notice that one criterion's appraisal is overdue: the department's figure and its list move.
    const { rows } = await pool.query<{ criterion_id: string; department: string; round: number; step_index: number }>(
      `select criterion_id, department, round, step_index from read_models.criterion_reviews
       where dossier_id = $1 and status <> 'appraised' order by criterion_id limit 1`,
      [IN_REVIEW],
    );
    const [review] = rows;
    await store.append(dossierNoticeStreamId(IN_REVIEW), 'any', [
      {
        eventId: randomUUID(),
        type: 'AppraisalOverdue',
        data: {
          kind: 'overdue',
          dossierId: IN_REVIEW,
          round: review!.round,
          stepIndex: review!.step_index,
          criterionId: review!.criterion_id,
          department: review!.department,
          dueDate: '2026-04-15',
          at: '2026-04-16T01:00:00.000Z',
        },
      },
    ]);
    const late = await until(
      async () =>
        (await dashboard()).departments.find(({ department, overdue }) => department === review!.department && overdue),
      'the overdue appraisal in the backlog by department',
    );
    expect(late.overdue).toBe(1);
    expect(await behindDepartment(late.department, true)).toEqual([expect.objectContaining({ dossierId: IN_REVIEW })]);
  });

  it('writes the quarterly report as XLSX: the plan, the recognitions decided in the quarter', async () => {
    const answer = await system.request('/api/v1/dashboard/report?province=19&year=2025&period=q4', { headers });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toContain('bao-cao-ntm-19-2025-q4.xlsx');
    const workbook = new Workbook();
    await workbook.xlsx.load(await answer.arrayBuffer());
    expect(workbook.worksheets.map(({ name }) => name)).toEqual([
      'Thông tin',
      'Chỉ tiêu',
      'Công nhận trong kỳ',
      'Tiêu chí',
    ]);
    expect(workbook.getWorksheet('Thông tin')?.getCell('B1').value).toBe('Tỉnh Thái Nguyên — Quý IV năm 2025');
    const decided = workbook.getWorksheet('Công nhận trong kỳ')!;
    // Quân Hà's decision is of 01/05/2025: not in the fourth quarter, in the first six months.
    expect(decided.rowCount).toBe(1);
    const firstHalf = await system.request('/api/v1/dashboard/report?province=19&year=2025&period=h1', { headers });
    await workbook.xlsx.load(await firstHalf.arrayBuffer());
    expect(workbook.getWorksheet('Công nhận trong kỳ')?.getRow(2).values).toEqual(
      expect.arrayContaining(['Xã Quân Hà', '02005', '01/05/2025']),
    );
  });

  describeWithPdftotext('the report as PDF', () =>
    it('writes the same report as PDF: the official header, the period, the recognitions and the plan’s figures', async () => {
      const answer = await system.request('/api/v1/dashboard/report?province=19&year=2025&period=h1&format=pdf', {
        headers,
      });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('application/pdf');
      expect(answer.headers.get('content-disposition')).toContain('bao-cao-ntm-19-2025-h1.pdf');
      mkdirSync(OUTPUT, { recursive: true });
      const file = resolve(OUTPUT, 'bao-cao-ntm-19-2025-h1.pdf');
      writeFileSync(file, Buffer.from(await answer.arrayBuffer()));
      const text = pdfText(file);
      for (const expected of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'UBND TỈNH THÁI NGUYÊN',
        'BÁO CÁO',
        'Kết quả xây dựng nông thôn mới 6 tháng đầu năm 2025',
        'từ ngày 01/01/2025 đến ngày 30/06/2025',
        // KH 231's commune target and the figure reached beside it: Quân Hà and Dương Quang's paper recognition.
        'ít nhất 61/96 2 Chưa đạt mục II.2',
        'Xã Quân Hà 02005 nông thôn mới 2025 01/05/2025 Còn hiệu lực',
        'Nơi nhận:',
      ])
        expect(text).toContain(expected);
    }),
  );

  it('refuses a bad province or year with the field and the reason, as problem+json', async () => {
    for (const [query, field] of [
      ['?province=9&year=2026', 'province'],
      ['?province=19&year=hai-nghin', 'year'],
      ['/units?province=19&year=2026&figure=criterion&met=true', 'criteriaSet'],
      ['/units?province=19&year=2026&figure=department', 'department'],
      ['/report?province=19&year=2026&period=q5', 'period'],
      ['/report?province=19&year=2026&period=q1&format=docx', 'format'],
    ]) {
      const refused = await read(query!);
      expect(refused.status).toBe(400);
      expect(refused.type).toContain('application/problem+json');
      expect(refused.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
  });

  it('answers a province merged away or out of the caller’s jurisdiction as one that does not exist', async () => {
    for (const province of ['06', '01']) {
      const refused = await read(`?province=${province}&year=2026`);
      expect(refused).toMatchObject({ status: 404, body: { code: 'province.not-in-force' } });
    }
  });
});
