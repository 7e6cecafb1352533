import type { ModuleRef } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';

import { loadCatalogue, nationalVersionOf } from '@ntm/catalogue';
import { type DossierSummary, NotFoundError } from '@ntm/domain';
import type { DossierPosition } from '@ntm/workflows/dossier/messages';

import { ProblemException } from '../platform/problem.exception';
import { domainProblem } from '../platform/record-problems';
import { AppraisalRouting } from './appraisal-routing';
import { dossierNotFound } from './dossier-gateway';

type Lookup = () => Promise<DossierPosition>;

/**
 * The dossier a request is about, looked up once per request from its workflow (no projection
 * lag), so the access guard can check jurisdiction and department before the handler runs.
 */
const lookups = new WeakMap<FastifyRequest, Promise<DossierPosition>>();
const lookupFactories = new WeakMap<FastifyRequest, Lookup>();

export function attachLookup(request: FastifyRequest, lookup: Lookup): void {
  lookupFactories.set(request, lookup);
}

export function dossierOf(request: FastifyRequest): Promise<DossierPosition> {
  const cached = lookups.get(request);
  if (cached) return cached;
  const lookup = lookupFactories.get(request);
  if (!lookup) return Promise.reject(dossierNotFound());
  const position = lookup();
  lookups.set(request, position);
  return position;
}

/** Jurisdiction of a dossier route: the unit that filed the dossier. */
export async function dossierUnit(request: FastifyRequest): Promise<string> {
  const { summary } = await dossierOf(request);
  if (!summary) throw dossierNotFound();
  return summary.unit.code;
}

/** Appraisal routes: the department the criterion was dispatched to (pinned catalogue rules). */
export async function criterionDepartment(request: FastifyRequest): Promise<string> {
  const { departments, summary } = await dossierOf(request);
  const criterionId = (request.params as { criterionId?: string }).criterionId ?? '';
  // Appraised criteria keep their department, so a retried request reaches the workflow's answer.
  const department = departments[criterionId];
  if (!department && summary && !criterionOf(summary, criterionId)) throw criterionNotFound(criterionId);
  if (!department) {
    throw new ProblemException({
      code: 'appraisal.not-pending',
      status: 409,
      title: { vi: 'Tiêu chí không chờ thẩm định', en: 'The criterion is not awaiting appraisal' },
      detail: {
        vi: `Tiêu chí ${criterionId} không nằm trong các tiêu chí đang chờ thẩm định của hồ sơ.`,
        en: `Criterion ${criterionId} is not among the dossier's pending appraisals.`,
      },
    });
  }
  return department;
}

/**
 * Appraisal routes: the department that does the criterion's assignment today, where the pinned one
 * was retired in 2025 (its successor, in the province in force; a district division's task passed
 * to the province department it mirrored). Its appraisers may act on the criterion as well.
 */
export async function criterionBodyToday(request: FastifyRequest, modules: ModuleRef) {
  const { summary } = await dossierOf(request);
  const department = await criterionDepartment(request);
  if (!summary?.stage) return undefined;
  const criterionId = (request.params as { criterionId: string }).criterionId;
  const assigned = { criterionId, stepIndex: summary.stage.stepIndex, department };
  return modules.get(AppraisalRouting, { strict: false }).bodyToday(summary.dossierId, assigned);
}

/**
 * Whether the criteria set the dossier was filed under has this criterion: the pinned version's, or
 * for a province's own version the national one it derives from (a criterion the province added is
 * then answered as not found rather than not pending: both are refusals).
 */
function criterionOf(summary: DossierSummary, criterionId: string): boolean {
  const version = loadCatalogue(nationalVersionOf(summary.catalogueVersion));
  const set = version.criteriaSets.find((s) => s.id === summary.criteriaSetId);
  return set?.criteria.some((criterion) => criterion.id === criterionId) ?? false;
}

/** The domain's own refusal of a criterion the dossier does not have: 404, not "not pending". */
const criterionNotFound = (criterionId: string) =>
  domainProblem(
    new NotFoundError({
      code: 'criterion.not-found',
      messageVi: 'Không tìm thấy tiêu chí.',
      messageEn: 'Criterion not found.',
      details: { criterionId },
    }).toJSON(),
  );

/** Registration: the unit named in the body (validated again by the DTO). */
export function registrationUnit(request: FastifyRequest): string {
  const unitCode = (request.body as { unitCode?: unknown } | undefined)?.unitCode;
  if (typeof unitCode === 'string' && unitCode.length > 0) return unitCode;
  throw new ProblemException({
    code: 'validation',
    status: 400,
    title: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
    errors: [{ field: 'unitCode', reason: 'bắt buộc (required)' }],
  });
}
