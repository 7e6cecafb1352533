import { type Department, departmentToday } from '@ntm/catalogue';

import { departmentFor } from './decide/submission';
import type { PinnedRules } from './rules';

/** A department (Sở) of a province, as grants name it: `75/SNNMT`. */
export interface AppraisingBody {
  readonly unit: string;
  readonly department: string;
}

/** A criterion as its review step dispatched it (`CriteriaAssigned`): the body the dossier's history names. */
export interface PinnedAssignment {
  readonly criterionId: string;
  readonly stepIndex: number;
  /** A province department; at a step reviewed by divisions (three-tier thẩm tra), a district division. */
  readonly department: string;
}

/** Today's structure, as the caller knows it: the latest catalogue's departments and the units in force. */
export interface TodaysStructure {
  /** The departments of the latest catalogue version, with the 2025 mergers and splits. */
  readonly departments: readonly Department[];
  /** The province in force that continues the dossier's province (itself while it exists). */
  readonly province: string;
}

/**
 * Who does a pinned assignment's work today: dossiers filed before 1/7/2025 name departments since
 * merged or split (Sở NN&PTNT → Sở NN&MT), of provinces since merged away (Bình Phước → Đồng Nai),
 * and district divisions, gone with the districts. Districts' part of the procedure passed to the
 * province, to which a commune's dossier now goes directly (Nghị định 131/2025/NĐ-CP), so a
 * division's verification is done by the province department it mirrored for that criterion. The
 * history keeps the pinned body; this answers for reading and authorising only, and has no date:
 * it is the answer of the structure passed in.
 */
export function bodyToday(
  rules: PinnedRules,
  assigned: PinnedAssignment,
  today: TodaysStructure,
): AppraisingBody | undefined {
  const criterion = rules.criteriaSet.criteria.find((c) => c.id === assigned.criterionId);
  if (!criterion) return undefined;
  const byDivision = rules.regime.steps[assigned.stepIndex]?.divisions !== undefined;
  const department = byDivision ? departmentFor(rules, criterion) : assigned.department;
  if (!department) return undefined;
  const subject = { setId: rules.criteriaSet.id, id: criterion.id };
  return { unit: today.province, department: departmentToday(department, today.departments, subject) };
}
