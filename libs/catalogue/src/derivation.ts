import type { CatalogueVersion } from './catalogue-version';
import { type CatalogueChange, diffCatalogues } from './diff';
import type { CriteriaSet } from './model';

/** Why a provincial version may not be derived as it stands, and where. */
export interface DerivationProblem {
  readonly setId?: string;
  /** criterion, indicator or condition id */
  readonly id?: string;
  /** the region or commune group whose figure was lowered */
  readonly variant?: string;
  /** the year from which that figure applies, for figures that rise by year */
  readonly year?: number;
  /** what the version changed outside the criteria sets */
  readonly part?: 'regimes' | 'departments' | 'provinceCompletion';
  readonly messageVi: string;
  readonly messageEn: string;
}

const where = (change: CatalogueChange) => (change.id ? `${change.id} (bộ ${change.setId})` : `bộ ${change.setId}`);
const whereEn = (change: CatalogueChange) => (change.id ? `${change.id} (set ${change.setId})` : `set ${change.setId}`);

/**
 * A province issues its own set on top of the national one (Bình Phước: QĐ 1360/QĐ-UBND and QĐ
 * 1361/QĐ-UBND ngày 28/7/2022, seed 003): it may add criteria or indicators and be stricter, never
 * looser, so it keeps every national row, its name and how it is measured.
 */
function refusal(change: CatalogueChange): DerivationProblem[] {
  const at = { setId: change.setId, ...(change.id ? { id: change.id } : {}) };
  switch (change.kind) {
    // A province assigns its own departments (its plan's "Phân công chủ trì").
    case 'added':
    case 'department-changed':
      return [];
    case 'removed':
      return [{ ...at, messageVi: `Bỏ ${where(change)} của danh mục gốc`, messageEn: `Removes ${whereEn(change)}` }];
    case 'renamed':
      return [{ ...at, messageVi: `Đổi tên ${where(change)}`, messageEn: `Renames ${whereEn(change)}` }];
    case 'measure-changed':
      return [
        {
          ...at,
          messageVi: `Đổi cách đo ${where(change)}: ${change.from} → ${change.to}`,
          messageEn: `Changes how ${whereEn(change)} is measured: ${change.from} → ${change.to}`,
        },
      ];
    case 'threshold-changed':
      return change.variants
        .filter((v) => !v.stricter)
        .map((v) => ({
          ...at,
          variant: v.variant,
          ...(v.fromYear === undefined ? {} : { year: v.fromYear }),
          messageVi: `Hạ ngưỡng ${where(change)} cho ${v.variant}${v.fromYear ? ` từ năm ${v.fromYear}` : ''}: ${v.from} → ${v.to} (chỉ được nâng)`,
          messageEn: `Lowers the threshold of ${whereEn(change)} for ${v.variant}${v.fromYear ? ` from ${v.fromYear}` : ''}: ${v.from} → ${v.to} (only raising is allowed)`,
        }));
    case 'critical-changed':
      return change.critical
        ? []
        : [
            {
              ...at,
              messageVi: `Bỏ tính chất tiêu chí quan trọng của ${where(change)} (xét thu hồi)`,
              messageEn: `Makes ${whereEn(change)} no longer critical (revocation)`,
            },
          ];
    case 'minimum-level-changed':
      return change.stricter
        ? []
        : [
            {
              ...at,
              messageVi: `Hạ mức tối thiểu ${where(change)}: ${change.from} → ${change.to}`,
              messageEn: `Lowers the minimum level of ${whereEn(change)}: ${change.from} → ${change.to}`,
            },
          ];
    default: {
      const unknown: never = change;
      return unknown;
    }
  }
}

/** Canonical text of a value (keys sorted), to compare parts of two versions built by different hands. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

const PARTS = ['regimes', 'departments', 'provinceCompletion'] as const;

/** The procedure, the departments and the province-completion conditions are national: a province keeps them. */
function partProblems(base: CatalogueVersion, derived: CatalogueVersion): DerivationProblem[] {
  return PARTS.filter((part) => canonical(base[part]) !== canonical(derived[part])).map((part) => ({
    part,
    messageVi: `Không được sửa ${part} của danh mục gốc`,
    messageEn: `The base version's ${part} may not change`,
  }));
}

const setHeading = ({ criteria: _criteria, conditions: _conditions, ...heading }: CriteriaSet) => canonical(heading);

/** A set's level, unit kind, dates and variants are the national decision's. */
function headingProblems(base: CatalogueVersion, derived: CatalogueVersion): DerivationProblem[] {
  return derived.criteriaSets.flatMap((set) => {
    const national = base.criteriaSets.find((s) => s.id === set.id);
    return national && setHeading(national) !== setHeading(set)
      ? [
          {
            setId: set.id,
            messageVi: `Không được sửa thông tin chung của bộ ${set.id} (cấp, loại đơn vị, hiệu lực, vùng/nhóm)`,
            messageEn: `The heading of set ${set.id} (level, unit kind, dates, variants) may not change`,
          },
        ]
      : [];
  });
}

/**
 * Everything that keeps `derived` from being a provincial version of `base`; empty when it only adds
 * rows and raises thresholds.
 */
export function derivationProblems(base: CatalogueVersion, derived: CatalogueVersion): DerivationProblem[] {
  return [
    ...partProblems(base, derived),
    ...headingProblems(base, derived),
    ...diffCatalogues(base, derived).changes.flatMap(refusal),
  ];
}
