import type { CriteriaSet, Indicator, Regime } from './model';

/** A provincial department (Sở) or agency that appraises criteria. */
export interface Department {
  /** stable code, e.g. 'SXD' */
  readonly code: string;
  /** Vietnamese */
  readonly name: string;
  readonly nameEn: string;
  /** 2025 reorganisation: the department that took over this one's tasks */
  readonly mergedInto?: string;
  /**
   * 2025 reorganisation, where the tasks split between several departments (Sở Lao động – TB&XH:
   * giảm nghèo → Nông nghiệp và Môi trường, giáo dục nghề nghiệp → Giáo dục và Đào tạo, bảo trợ xã
   * hội và trẻ em → Y tế): set id -> criterion or indicator id -> the successor for that subject.
   * Subjects not listed go to `mergedInto`.
   */
  readonly splitInto?: Readonly<Record<string, AssignmentTable>>;
  /** last day the department existed under this name (ISO date) */
  readonly validTo?: string;
}

/** criterion, indicator or condition id -> department code */
export type AssignmentTable = Readonly<Record<string, string>>;

/** A province's own assignment (its plan's "Phân công chủ trì"), applied over the national default. */
export interface ProvinceOverride {
  readonly name: string;
  /** the provincial document it comes from */
  readonly source: string;
  /** set id -> the entries that differ from the national default */
  readonly sets: Readonly<Record<string, AssignmentTable>>;
}

export interface Assignments {
  /** set id -> national default assignment */
  readonly national: Readonly<Record<string, AssignmentTable>>;
  /** official province code (e.g. '06' Bắc Kạn) -> override */
  readonly provinces: Readonly<Record<string, ProvinceOverride>>;
}

/** QĐ 51/2025/QĐ-TTg: conditions for a province to complete the NTM task in 2026–2030. */
export interface ProvinceCompletion {
  readonly source: string;
  readonly conditions: readonly Indicator[];
}

/** One published catalogue: everything a dossier may pin, self-contained. */
export interface CatalogueVersion {
  /** e.g. '2022.1' */
  readonly id: string;
  /** ISO date from which it applies (the decision's effective date) */
  readonly publishedAt: string;
  /**
   * `published`: the legal texts it transcribes are confirmed, it applies everywhere. `draft`: not
   * confirmed (e.g. thresholds reconstructed without the official annex): no dossier is filed on it
   * in a province until that province's administrator publishes it there (an audited event).
   */
  readonly status: 'draft' | 'published';
  /** The decisions it transcribes (for a published version) */
  readonly legalReference?: string;
  /**
   * A province's own version (imported by its administrator): the version it derives from, which it
   * may only extend and make stricter, and the province (official code) it applies in.
   */
  readonly basedOn?: string;
  readonly province?: string;
  readonly title: string;
  readonly departments: readonly Department[];
  readonly criteriaSets: readonly CriteriaSet[];
  readonly assignments: Assignments;
  readonly regimes: readonly Regime[];
  readonly provinceCompletion?: ProvinceCompletion;
}
