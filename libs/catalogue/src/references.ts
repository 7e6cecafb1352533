import type { z } from 'zod';

import type { AssignmentTable, CatalogueVersion } from './catalogue-version';
import type { CriteriaSet } from './model';
import { assignableIds } from './schema-ids';

type Path = (string | number)[];

function unique(values: readonly string[], what: string, path: Path, ctx: z.RefinementCtx): void {
  values.forEach((value, index) => {
    if (values.indexOf(value) !== index) ctx.addIssue({ code: 'custom', message: `${what} trùng: ${value}`, path });
  });
}

function checkTable(
  table: AssignmentTable,
  set: CriteriaSet,
  departments: ReadonlySet<string>,
  path: Path,
  ctx: z.RefinementCtx,
): void {
  const ids = new Set(assignableIds(set));
  for (const [key, code] of Object.entries(table)) {
    if (!ids.has(key)) {
      ctx.addIssue({ code: 'custom', message: `bộ ${set.id} không có tiêu chí/chỉ tiêu ${key}`, path: [...path, key] });
    }
    if (!departments.has(code)) {
      ctx.addIssue({ code: 'custom', message: `Sở không có trong danh mục: ${code}`, path: [...path, key] });
    }
  }
}

function checkTables(
  tables: Readonly<Record<string, AssignmentTable>>,
  catalogue: CatalogueVersion,
  path: Path,
  ctx: z.RefinementCtx,
): void {
  const departments = new Set(catalogue.departments.map((d) => d.code));
  for (const [setId, table] of Object.entries(tables)) {
    const set = catalogue.criteriaSets.find((s) => s.id === setId);
    if (set) checkTable(table, set, departments, [...path, setId], ctx);
    else ctx.addIssue({ code: 'custom', message: `không có bộ tiêu chí ${setId}`, path: [...path, setId] });
  }
}

/** Every criterion must reach a department: the national table names each criterion of each set. */
function checkCoverage(catalogue: CatalogueVersion, ctx: z.RefinementCtx): void {
  for (const set of catalogue.criteriaSets) {
    const table = catalogue.assignments.national[set.id] ?? {};
    for (const criterion of set.criteria) {
      if (!table[criterion.id]) {
        ctx.addIssue({
          code: 'custom',
          message: `tiêu chí ${criterion.id} của bộ ${set.id} chưa được phân công Sở thẩm định`,
          path: ['assignments', 'national', set.id, criterion.id],
        });
      }
    }
  }
}

/** A step reviewed by divisions (district verification) names one for every department. */
function checkDivisions(catalogue: CatalogueVersion, ctx: z.RefinementCtx): void {
  catalogue.regimes.forEach((regime, r) =>
    regime.steps.forEach((step, s) => {
      if (!step.divisions) return;
      for (const { code } of catalogue.departments) {
        if (step.divisions[code]) continue;
        ctx.addIssue({
          code: 'custom',
          message: `Sở ${code} chưa có phòng ban cấp ${step.tier} tương ứng`,
          path: ['regimes', r, 'steps', s, 'divisions', code],
        });
      }
    }),
  );
}

/** Cross-references inside one catalogue version: ids unique, every reference resolves. */
export function checkReferences(catalogue: CatalogueVersion, ctx: z.RefinementCtx): void {
  const codes = catalogue.departments.map((d) => d.code);
  unique(codes, 'mã Sở', ['departments'], ctx);
  unique(
    catalogue.criteriaSets.map((s) => s.id),
    'bộ tiêu chí',
    ['criteriaSets'],
    ctx,
  );
  unique(
    catalogue.regimes.map((r) => r.id),
    'quy trình',
    ['regimes'],
    ctx,
  );
  catalogue.departments.forEach((department, index) => {
    if (department.mergedInto && !codes.includes(department.mergedInto)) {
      ctx.addIssue({ code: 'custom', message: 'Sở hợp nhất không có trong danh mục', path: ['departments', index] });
    }
    if (department.splitInto) {
      checkTables(department.splitInto, catalogue, ['departments', index, 'splitInto'], ctx);
    }
  });
  catalogue.criteriaSets.forEach((set, index) =>
    (set.prerequisites ?? []).forEach((prerequisite, p) => {
      if (!catalogue.criteriaSets.some((s) => s.id === prerequisite)) {
        ctx.addIssue({
          code: 'custom',
          message: `không có bộ tiêu chí ${prerequisite}`,
          path: ['criteriaSets', index, 'prerequisites', p],
        });
      }
    }),
  );
  checkTables(catalogue.assignments.national, catalogue, ['assignments', 'national'], ctx);
  for (const [province, override] of Object.entries(catalogue.assignments.provinces)) {
    checkTables(override.sets, catalogue, ['assignments', 'provinces', province, 'sets'], ctx);
  }
  checkCoverage(catalogue, ctx);
  checkDivisions(catalogue, ctx);
}
