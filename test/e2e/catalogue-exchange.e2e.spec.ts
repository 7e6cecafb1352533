import { Workbook, type Worksheet } from 'exceljs';

import type { Identity, Role } from '@ntm/auth';

import { apiJourney } from '../support/api-journey';

/** Thái Nguyên: the test harness's province; another province in force for a foreign administrator. */
const PROVINCE = '19';
const OTHER_PROVINCE = '01';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const NANG_CAO = 'xa-ntm-nang-cao-2021-2025';
const NORTH = 'Trung du và miền núi phía Bắc';
/** Xã Cẩm Giàng (Thái Nguyên), group 2. */
const COMMUNE = '02008';

describe('a catalogue version exported, imported as a province’s own draft, compared and published', () => {
  const { as, sign, system } = apiJourney();
  const call = async (
    role: Role,
    unit: string,
    path: string,
    init: { method?: string; type?: string; body?: Buffer | string } = {},
  ) => {
    const identity: Identity = { userId: `${role}-${unit}`, name: 'Người dùng', grants: [{ role, unit }] };
    const headers: Record<string, string> = { authorization: `Bearer ${(await sign(identity)).accessToken}` };
    if (init.type) headers['content-type'] = init.type;
    return system().request(`/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body ? { body: init.body } : {}),
    });
  };
  const admin = (path: string, init?: Parameters<typeof call>[3]) => call('administrator', PROVINCE, path, init);
  const importing = (query: string, body: Buffer | string, type = XLSX) =>
    admin(`/catalogue/imports?${query}`, { method: 'POST', type, body });

  /** The exported sheet of 2025.1, read back so a test edits it as a person in Excel would. */
  async function nationalSheet(): Promise<{
    workbook: Workbook;
    sheet: Worksheet;
    column: (header: string) => number;
  }> {
    const response = await admin('/catalogue/2025.1/workbook');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX);
    const workbook = new Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Tiêu chí')!;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    return { workbook, sheet, column: (header) => headers.indexOf(header) };
  }
  const rowOf = (sheet: Worksheet, setId: string, id: string) =>
    sheet.getRows(1, sheet.rowCount)!.find((row) => row.getCell(1).value === setId && row.getCell(3).value === id)!;
  const bytes = async (workbook: Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

  it('exports the provinces’ sheet with Vietnamese headers, and the whole version as JSON', async () => {
    const { sheet, column } = await nationalSheet();
    expect(column('Bộ tiêu chí')).toBe(1);
    expect(column(NORTH)).toBeGreaterThan(0);
    expect(rowOf(sheet, NANG_CAO, '10.1').getCell(column(NORTH)).value).toBe(43);
    const document = await admin('/catalogue/2025.1/document');
    expect(await document.json()).toMatchObject({ id: '2025.1', status: 'published', assignments: { national: {} } });
  });

  it('imports Bình Phước-style: a 20th criterion and a raised income, as a draft numbered for the province', async () => {
    const { workbook, sheet, column } = await nationalSheet();
    rowOf(sheet, NANG_CAO, '10.1').getCell(column(NORTH)).value = 50;
    const last = rowOf(sheet, NANG_CAO, '19.2').number;
    sheet.insertRow(last + 1, []);
    sheet.insertRow(last + 2, []);
    const cells = (row: number, values: Record<string, string>) =>
      Object.entries(values).forEach(([header, value]) => (sheet.getRow(row).getCell(column(header)).value = value));
    cells(last + 1, {
      'Bộ tiêu chí': NANG_CAO,
      'Loại dòng': 'Tiêu chí',
      Mã: '20',
      'Tên tiêu chí, chỉ tiêu': 'Khu dân cư nông thôn kiểu mẫu',
      'Tên tiếng Anh': 'Model rural residential area',
      'Sở chủ trì': 'SNNPTNT',
    });
    cells(last + 2, {
      'Bộ tiêu chí': NANG_CAO,
      'Loại dòng': 'Chỉ tiêu',
      Mã: '20.1',
      'Tên tiêu chí, chỉ tiêu': 'Có ít nhất một khu dân cư nông thôn kiểu mẫu',
      'Loại giá trị': 'đạt/không đạt',
    });

    const imported = await importing(`province=${PROVINCE}&basedOn=2025.1`, await bytes(workbook));
    expect(imported.status).toBe(201);
    expect(imported.headers.get('location')).toBe('/api/v1/catalogue/2025.1-19.1');
    expect(await imported.json()).toMatchObject({
      id: '2025.1-19.1',
      status: 'draft',
      basedOn: '2025.1',
      province: PROVINCE,
    });

    const listed = async (query: string) =>
      ((await (await admin(`/catalogue${query}`)).json()) as { id: string }[]).map((v) => v.id);
    expect(await listed(`?province=${PROVINCE}`)).toEqual(['2022.1', '2025.1', '2026.1', '2025.1-19.1']);
    expect(await listed('')).toEqual(['2022.1', '2025.1', '2026.1']);
    expect(await (await admin('/catalogue?province=1')).json()).toMatchObject({
      status: 400,
      errors: [{ field: 'province' }],
    });

    const read = (await (await admin('/catalogue/2025.1-19.1')).json()) as {
      criteriaSets: { id: string; criteria: unknown[] }[];
    };
    expect(read.criteriaSets.find((s) => s.id === NANG_CAO)?.criteria).toHaveLength(20);
    const diff = await (await admin('/catalogue/diff?from=2025.1&to=2025.1-19.1')).json();
    expect(diff).toEqual({
      from: '2025.1',
      to: '2025.1-19.1',
      changes: [
        {
          setId: NANG_CAO,
          item: 'indicator',
          id: '10.1',
          kind: 'threshold-changed',
          variants: [{ variant: 'northern-midlands-mountains', from: 43, to: 50, stricter: true }],
        },
        { setId: NANG_CAO, item: 'criterion', id: '20', kind: 'added', name: 'Khu dân cư nông thôn kiểu mẫu' },
        {
          setId: NANG_CAO,
          item: 'indicator',
          id: '20.1',
          kind: 'added',
          name: 'Có ít nhất một khu dân cư nông thôn kiểu mẫu',
        },
      ],
    });
  });

  it('refuses a lowered threshold and a bad cell by sheet, row and column; nothing is imported', async () => {
    const { workbook, sheet, column } = await nationalSheet();
    const income = rowOf(sheet, NANG_CAO, '10.1');
    income.getCell(column(NORTH)).value = 40;
    const letter = String.fromCharCode(64 + column(NORTH));
    const lowered = await importing(`province=${PROVINCE}&basedOn=2025.1`, await bytes(workbook));
    expect(lowered.status).toBe(422);
    expect(await lowered.json()).toMatchObject({
      code: 'catalogue.derivation-refused',
      title: 'Danh mục của tỉnh chỉ được thêm tiêu chí, chỉ tiêu và nâng ngưỡng',
      errors: [{ field: `Tiêu chí!${letter}${income.number}`, reason: expect.stringMatching(/Hạ ngưỡng 10\.1/) }],
      problems: [{ sheet: 'Tiêu chí', row: income.number, column: letter }],
    });

    income.getCell(column(NORTH)).value = 'bốn mươi';
    const bad = await importing(`province=${PROVINCE}&basedOn=2025.1`, await bytes(workbook));
    expect(bad.status).toBe(422);
    expect(bad.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await bad.json()).toMatchObject({
      code: 'catalogue.invalid-sheet',
      errors: [{ field: `Tiêu chí!${letter}${income.number}` }],
      problems: [
        { sheet: 'Tiêu chí', row: income.number, column: letter, reason: expect.stringContaining('không phải số') },
      ],
    });
    expect((await admin('/catalogue/2025.1-19.2')).status).toBe(404);
  });

  it('imports the JSON document of the province’s draft as its next version; a bad document names its fields', async () => {
    const document = await (await admin('/catalogue/2025.1-19.1/document')).text();
    const next = await importing(`province=${PROVINCE}&basedOn=2025.1-19.1`, document, 'application/json');
    expect(await next.json()).toMatchObject({ id: '2025.1-19.2', basedOn: '2025.1-19.1', status: 'draft' });
    const edited = JSON.parse(document) as { regimes: { publicPostingDays: number }[] };
    edited.regimes[0]!.publicPostingDays = -1;
    const broken = JSON.stringify(edited);
    const refused = await importing(`province=${PROVINCE}&basedOn=2025.1`, broken, 'application/json');
    expect(await refused.json()).toMatchObject({
      status: 422,
      code: 'catalogue.invalid-document',
      errors: [{ field: 'regimes.0.publicPostingDays' }],
    });
    expect(
      await (await importing(`province=${PROVINCE}&basedOn=bad`, document, 'application/json')).json(),
    ).toMatchObject({
      status: 400,
      errors: [{ field: 'basedOn' }],
    });
  });

  it('only the province’s administrator imports and publishes its draft; another province does not see it', async () => {
    const query = `/catalogue/imports?province=${PROVINCE}&basedOn=2025.1`;
    expect(
      (await call('province-coordinator', PROVINCE, query, { method: 'POST', type: 'application/json', body: '{}' }))
        .status,
    ).toBe(403);
    // Another province is outside the administrator's jurisdiction: 404, as every record out of scope.
    const foreignImport = await call('administrator', OTHER_PROVINCE, query, {
      method: 'POST',
      type: 'application/json',
      body: '{}',
    });
    expect(await foreignImport.json()).toMatchObject({ status: 404, code: 'not-found' });
    const publication = { province: PROVINCE, legalReference: 'QĐ 1361/QĐ-UBND ngày 28/7/2022 của UBND tỉnh' };
    const foreign = await as('administrator', OTHER_PROVINCE)('/catalogue/2025.1-19.1/publications', {
      ...publication,
      province: OTHER_PROVINCE,
    });
    expect(foreign.body).toMatchObject({ status: 404, code: 'catalogue.unknown-version' });
    const published = await as('administrator', PROVINCE)('/catalogue/2025.1-19.1/publications', publication);
    expect(published).toMatchObject({
      status: 200,
      body: {
        publications: expect.arrayContaining([
          { catalogueVersion: '2025.1-19.1', legalReference: publication.legalReference },
        ]),
      },
    });
  });
  it('a commune files on the province’s own version once the province has published it, at its year’s figures', async () => {
    type Measure = { threshold?: Record<string, unknown> } & Record<string, unknown>;
    type Row = { id: string; indicators: ({ measure: Measure } & Record<string, unknown>)[] } & Record<string, unknown>;
    const document = (await (await admin('/catalogue/2026.1/document')).json()) as {
      criteriaSets: { id: string; criteria: Row[] }[];
      assignments: { national: Record<string, Record<string, string>> };
    };
    const set = document.criteriaSets.find((s) => s.id === 'xa-ntm-2026-2030')!;
    // The province's income rises from 2026: group 2 from 70 to 75 million đồng.
    const income = set.criteria.find((c) => c.id === '3')!.indicators[0]!.measure.threshold!;
    income.byYear = { '2026': { value: 75, byGroup: { '1': 85, '2': 75, '3': 55 } } };
    set.criteria.push({
      id: '11',
      name: 'Khu dân cư nông thôn kiểu mẫu',
      nameEn: 'Model rural residential area',
      critical: false,
      indicators: [{ id: '11.1', name: 'Có ít nhất một khu dân cư kiểu mẫu', measure: { kind: 'boolean' } }],
    });
    document.assignments.national['xa-ntm-2026-2030']!['11'] = 'SXD';
    const imported = await importing(
      `province=${PROVINCE}&basedOn=2026.1`,
      JSON.stringify(document),
      'application/json',
    );
    expect(await imported.json()).toMatchObject({ id: '2026.1-19.1', status: 'draft' });
    const publication = { province: PROVINCE, legalReference: 'QĐ 51/2025/QĐ-TTg; QĐ 7/QĐ-UBND của tỉnh' };
    expect((await as('administrator', PROVINCE)('/catalogue/2026.1-19.1/publications', publication)).status).toBe(200);

    const commune = as('commune-officer', COMMUNE);
    const registered = await commune('/dossiers', { unitCode: COMMUNE, level: 'ntm', year: 2026, communeGroup: 2 });
    expect(registered.status).toBe(201);
    const detail = await call(
      'commune-officer',
      COMMUNE,
      `/dossiers/${String(registered.body.dossierId)}?minVersion=${String(registered.body.version)}`,
    );
    // The province kept the national figures it did not confirm: the dossier shows them as unconfirmed.
    expect(await detail.json()).toMatchObject({
      catalogueVersion: '2026.1-19.1',
      unconfirmedThresholds: expect.arrayContaining(['3.1', '4.1']),
    });
    const assessment = (await (
      await call('commune-officer', COMMUNE, `/dossiers/${String(registered.body.dossierId)}/assessment`)
    ).json()) as { criteria: { criterionId: string; indicators: { measure: { threshold?: number } }[] }[] };
    expect(assessment.criteria.find((c) => c.criterionId === '3')?.indicators[0]?.measure.threshold).toBe(75);
    expect(assessment.criteria.map((c) => c.criterionId)).toContain('11');
  });
  it('a province adds the thôn NTM level as its own set, and a village files on it once published', async () => {
    const village = () =>
      as('commune-officer', COMMUNE)('/dossiers', {
        unitCode: '02008-01',
        level: 'ntm',
        year: 2025,
        filedOn: '2025-08-01',
      });
    expect((await village()).body).toMatchObject({ status: 422, code: 'catalogue.no-set-in-force' });

    const document = (await (await admin('/catalogue/2025.1/document')).json()) as {
      criteriaSets: unknown[];
      assignments: { national: Record<string, Record<string, string>> };
    };
    // The criteria of a thôn NTM are each province's (Bắc Kạn's plan, KH 231/KH-UBND 2022, mục III.4): two for the test.
    document.criteriaSets.push({
      id: 'thon-ntm-2021-2025',
      title: 'Thôn nông thôn mới giai đoạn 2021–2025 (bộ tiêu chí của tỉnh)',
      level: 'ntm',
      unitKind: 'village',
      source: 'Quyết định của UBND tỉnh ban hành Bộ tiêu chí thôn nông thôn mới',
      effectiveFrom: '2022-03-08',
      effectiveTo: '2026-02-14',
      variantBy: 'region',
      criteria: [
        {
          id: '1',
          name: 'Giao thông',
          nameEn: 'Transport',
          critical: false,
          indicators: [{ id: '1.1', name: 'Đường thôn được cứng hóa', measure: { kind: 'boolean' } }],
        },
        {
          id: '2',
          name: 'Thu nhập',
          nameEn: 'Income',
          critical: true,
          indicators: [
            {
              id: '2.1',
              name: 'Thu nhập bình quân đầu người của thôn',
              measure: { kind: 'number', unit: 'triệu đồng/người/năm', threshold: { comparison: 'gte', value: 30 } },
            },
          ],
        },
      ],
    });
    document.assignments.national['thon-ntm-2021-2025'] = { '1': 'SXD', '2': 'SNNMT' };
    const imported = await importing(
      `province=${PROVINCE}&basedOn=2025.1`,
      JSON.stringify(document),
      'application/json',
    );
    const { id } = (await imported.json()) as { id: string };
    const publication = { province: PROVINCE, legalReference: 'Bộ tiêu chí thôn nông thôn mới của tỉnh' };
    expect((await as('administrator', PROVINCE)(`/catalogue/${id}/publications`, publication)).status).toBe(200);

    const registered = await village();
    expect(registered.status).toBe(201);
    const detail = await call(
      'commune-officer',
      COMMUNE,
      `/dossiers/${String(registered.body.dossierId)}?minVersion=${String(registered.body.version)}`,
    );
    expect(await detail.json()).toMatchObject({ catalogueVersion: id, criteriaSetId: 'thon-ntm-2021-2025' });
  });
});
