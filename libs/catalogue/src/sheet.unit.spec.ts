import type { CatalogueVersion } from './catalogue-version';
import { catalogueVersions, loadCatalogue } from './load';
import { type CellValue, COLUMNS, criteriaSheet, type SheetTable } from './sheet';
import { readCriteriaSheet } from './sheet-read';
import { editable } from './testing/editable';

const column = (header: string) => String.fromCharCode(65 + COLUMNS.findIndex((c) => c.header === header));

/** The sheet with one cell replaced, found by the row's set and id and the column's header. */
function withCell(sheet: SheetTable, setId: string, id: string, header: string, value: CellValue): SheetTable {
  const at = COLUMNS.findIndex((c) => c.header === header);
  const rows = sheet.rows.map((row) =>
    row[0] === setId && row[2] === id ? row.map((cell, i) => (i === at ? value : cell)) : row,
  );
  return { ...sheet, rows };
}

const rowOf = (sheet: SheetTable, setId: string, id: string) =>
  sheet.rows.findIndex((row) => row[0] === setId && row[2] === id) + 1;

describe('the provinces’ criteria sheet', () => {
  it('has Vietnamese headers, a column per region and per commune group', () => {
    const [header] = criteriaSheet(loadCatalogue('2026.1')).rows;
    expect(header).toEqual(
      expect.arrayContaining(['Bộ tiêu chí', 'Mã', 'Ngưỡng chung', 'Đồng bằng sông Hồng', 'Nhóm 3']),
    );
  });

  it.each(catalogueVersions().map((v) => [v.id, v] as const))('reads version %s back unchanged', (_id, version) => {
    const reading = readCriteriaSheet(criteriaSheet(version), version);
    expect(reading).toMatchObject({ ok: true });
    if (reading.ok) expect(reading.version).toEqual(version);
  });

  it('reads figures typed with a decimal comma, and a province’s own criterion', () => {
    const base = loadCatalogue('2025.1');
    const sheet = withCell(criteriaSheet(base), 'xa-ntm-nang-cao-2021-2025', '10.1', 'Đông Nam Bộ', '70,5');
    const extra = COLUMNS.map(
      (c): CellValue =>
        ({
          'Bộ tiêu chí': 'xa-ntm-nang-cao-2021-2025',
          'Loại dòng': 'Tiêu chí',
          Mã: '20',
          'Tên tiêu chí, chỉ tiêu': 'Khu dân cư nông thôn kiểu mẫu',
          'Tên tiếng Anh': 'Model residential area',
          'Sở chủ trì': 'SXD',
        })[c.header as string],
    );
    const indicator = COLUMNS.map(
      (c): CellValue =>
        ({
          'Bộ tiêu chí': 'xa-ntm-nang-cao-2021-2025',
          'Loại dòng': 'Chỉ tiêu',
          Mã: '20.1',
          'Tên tiêu chí, chỉ tiêu': 'Có khu dân cư kiểu mẫu',
          'Loại giá trị': 'đạt/không đạt',
        })[c.header as string],
    );
    const reading = readCriteriaSheet({ ...sheet, rows: [...sheet.rows, extra, indicator] }, base);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    const set = reading.version.criteriaSets.find((s) => s.id === 'xa-ntm-nang-cao-2021-2025')!;
    expect(set.criteria).toHaveLength(20);
    expect(set.criteria[9]!.indicators[0]!.measure).toMatchObject({ threshold: { byRegion: { southeast: 70.5 } } });
    expect(reading.version.assignments.national['xa-ntm-nang-cao-2021-2025']?.['20']).toBe('SXD');
    expect(reading.cellOf({ setId: 'xa-ntm-nang-cao-2021-2025', id: '10.1', variant: 'southeast' })).toEqual({
      row: rowOf(sheet, 'xa-ntm-nang-cao-2021-2025', '10.1'),
      column: column('Đông Nam Bộ'),
    });
  });

  it('names the row and column of every bad cell', () => {
    const base = loadCatalogue('2026.1');
    let sheet = withCell(criteriaSheet(base), 'xa-ntm-2026-2030', '3.1', 'Nhóm 2', 'bảy mươi');
    sheet = withCell(sheet, 'xa-ntm-2026-2030', '2.2', 'So sánh', 'khoảng');
    sheet = withCell(sheet, 'xa-ntm-2026-2030', '4.1', 'Loại giá trị', undefined);
    sheet = withCell(sheet, 'xa-ntm-2026-2030', '4.2', 'Tây Nguyên', 30);
    const reading = readCriteriaSheet(sheet, base);
    expect(reading).toEqual({
      ok: false,
      problems: [
        {
          sheet: 'Tiêu chí',
          row: rowOf(sheet, 'xa-ntm-2026-2030', '2.2'),
          column: column('So sánh'),
          reason: expect.stringMatching(/^So sánh/),
        },
        {
          sheet: 'Tiêu chí',
          row: rowOf(sheet, 'xa-ntm-2026-2030', '3.1'),
          column: column('Nhóm 2'),
          reason: expect.stringContaining('"bảy mươi" không phải số'),
        },
        {
          sheet: 'Tiêu chí',
          row: rowOf(sheet, 'xa-ntm-2026-2030', '4.1'),
          column: column('Loại giá trị'),
          reason: expect.stringMatching(/bắt buộc/),
        },
        {
          sheet: 'Tiêu chí',
          row: rowOf(sheet, 'xa-ntm-2026-2030', '4.2'),
          column: column('Tây Nguyên'),
          reason: 'Tây Nguyên: bộ tiêu chí này phân ngưỡng theo nhóm xã, để trống cột này',
        },
      ],
    });
  });

  it('checks the version as a whole and brings each finding back to its cell (an unknown department)', () => {
    const base = loadCatalogue('2026.1');
    const sheet = withCell(criteriaSheet(base), 'xa-ntm-2026-2030', '3', 'Sở chủ trì', 'SKHONGCO');
    expect(readCriteriaSheet(sheet, base)).toEqual({
      ok: false,
      problems: [
        {
          sheet: 'Tiêu chí',
          row: rowOf(sheet, 'xa-ntm-2026-2030', '3'),
          column: column('Sở chủ trì'),
          reason: expect.stringContaining('SKHONGCO'),
        },
      ],
    });
  });

  it('refuses a sheet without a column of the form, a set the base lacks, an indicator above any criterion', () => {
    const base: CatalogueVersion = loadCatalogue('2022.1');
    const sheet = criteriaSheet(base);
    const noUnit = { ...sheet, rows: sheet.rows.map((row) => row.filter((_, i) => i !== 7)) };
    expect(readCriteriaSheet(noUnit, base)).toMatchObject({
      ok: false,
      problems: [{ row: 1, reason: 'Thiếu cột "Đơn vị tính"' }],
    });
    const [header, , firstIndicator] = sheet.rows;
    const misplaced = { ...sheet, rows: [header!, firstIndicator!] };
    expect(readCriteriaSheet(misplaced, base)).toMatchObject({
      ok: false,
      problems: [{ row: 2, column: 'B', reason: expect.stringMatching(/dưới dòng tiêu chí/) }],
    });
    const unknown = withCell(sheet, 'xa-ntm-2021-2025', '1', 'Bộ tiêu chí', 'xa-ntm-2026-2030');
    expect(readCriteriaSheet(unknown, base)).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([
        expect.objectContaining({
          row: 2,
          column: 'A',
          reason: expect.stringMatching(/không có trong phiên bản gốc 2022\.1/),
        }),
      ]),
    });
  });
});

describe('per-year figures on the sheet', () => {
  /** 2025.1 with the income of xã NTM rising in 2024 (illustrative figures). */
  function withYears(): CatalogueVersion {
    const version = editable(loadCatalogue('2025.1'));
    const measure = version.criteriaSets.find((s) => s.id === 'xa-ntm-2021-2025')!.criteria.find((c) => c.id === '10')!
      .indicators[0]!.measure;
    if (measure.kind !== 'number') throw new Error('income is a number');
    measure.threshold.byYear = { '2024': { value: 52, byRegion: { 'mekong-delta': 56 } } };
    return version as CatalogueVersion;
  }

  it('are a row per year below their indicator, and read back unchanged', () => {
    const version = withYears();
    const sheet = criteriaSheet(version);
    const row = sheet.rows[rowOf(sheet, 'xa-ntm-2021-2025', '10.1')]!;
    expect(row[COLUMNS.findIndex((c) => c.header === 'Loại dòng')]).toBe('Ngưỡng theo năm');
    expect(row[COLUMNS.findIndex((c) => c.header === 'Từ năm')]).toBe('2024');
    const reading = readCriteriaSheet(sheet, loadCatalogue('2025.1'));
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    expect(reading.version).toEqual(version);
    expect(reading.cellOf({ setId: 'xa-ntm-2021-2025', id: '10.1', year: 2024, variant: 'mekong-delta' })).toEqual({
      row: rowOf(sheet, 'xa-ntm-2021-2025', '10.1') + 1,
      column: column('Đồng bằng sông Cửu Long'),
    });
  });

  it('refuse a year that is no year, and a year row below an indicator that is not a number', () => {
    const sheet = criteriaSheet(withYears());
    const at = rowOf(sheet, 'xa-ntm-2021-2025', '10.1');
    const year = COLUMNS.findIndex((c) => c.header === 'Từ năm');
    const rows = sheet.rows.map((row, i) => (i === at ? row.map((cell, j) => (j === year ? 'năm sau' : cell)) : row));
    expect(readCriteriaSheet({ ...sheet, rows }, loadCatalogue('2025.1'))).toMatchObject({
      ok: false,
      problems: [{ row: at + 1, column: column('Từ năm'), reason: expect.stringMatching(/^Từ năm/) }],
    });
    const misplaced = sheet.rows.map((row, i) => (i === at ? row.map((cell, j) => (j === 2 ? '1.1' : cell)) : row));
    expect(readCriteriaSheet({ ...sheet, rows: misplaced }, loadCatalogue('2025.1'))).toMatchObject({
      ok: false,
      problems: [{ row: at + 1, column: 'C', reason: expect.stringMatching(/loại số 1\.1/) }],
    });
  });
});
