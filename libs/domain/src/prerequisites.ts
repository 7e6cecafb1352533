import type { CatalogueVersion } from '@ntm/catalogue';

import type { RecordedRecognition } from './earlier-recognitions';
import { fail, ForbiddenError, ok, type Result } from './errors';
import type { CriteriaSet, Level } from './rules';
import type { DossierStatus } from './state';

/**
 * A recognition the unit holds now: recorded by the coordinator from paper (earlier-recognitions.ts),
 * or decided in this system and not revoked.
 */
export interface StandingRecognition {
  readonly level: Level;
  readonly year: number;
  readonly decisionNumber: string;
  readonly source: 'paper' | 'dossier';
}

/** A dossier of the unit as the read model lists it. */
export interface UnitDossier {
  readonly status: DossierStatus;
  readonly level: Level;
  readonly year: number;
  readonly decisionNumber: string | null;
}

/**
 * A recognition stands from its decision until a revocation decision: a proposal under way does
 * not take it away (QĐ 18/2022/QĐ-TTg, Điều 23–24); a revoked one no longer stands.
 */
const STANDING: readonly DossierStatus[] = ['recognised', 'revocation-proposed'];

/** The unit's recognitions recorded from paper that stand now: those not revoked on paper since. */
export const standingOnPaper = (recorded: readonly RecordedRecognition[]): StandingRecognition[] =>
  recorded
    .filter((r) => !r.revokedBy)
    .map(({ level, year, decisionNumber }) => ({ level, year, decisionNumber, source: 'paper' }));

/** The unit's recognitions decided in this system that stand now. */
export const standingInSystem = (dossiers: readonly UnitDossier[]): StandingRecognition[] =>
  dossiers
    .filter((d) => STANDING.includes(d.status))
    .map(({ level, year, decisionNumber }) => ({
      level,
      year,
      decisionNumber: decisionNumber ?? '',
      source: 'dossier',
    }));

/** The levels as a sentence names them: "đạt chuẩn nông thôn mới nâng cao". */
export const LEVEL_NAMES: Readonly<Record<Level, { readonly vi: string; readonly en: string }>> = {
  ntm: { vi: 'nông thôn mới', en: 'new rural' },
  advanced: { vi: 'nông thôn mới nâng cao', en: 'advanced new rural' },
  model: { vi: 'nông thôn mới kiểu mẫu', en: 'model new rural' },
  modern: { vi: 'nông thôn mới hiện đại', en: 'modern new rural' },
};

/** A nâng cao commune is also an NTM one, a kiểu mẫu one also nâng cao (QĐ 318, 319/QĐ-TTg 2022). */
const LADDER: readonly Level[] = ['ntm', 'advanced', 'model'];

const stands = (held: Level, required: Level) =>
  held === required || (LADDER.includes(required) && LADDER.indexOf(held) > LADDER.indexOf(required));

/**
 * The levels a set requires a standing recognition at: the levels of the sets it names as
 * prerequisites (nâng cao: xã NTM; kiểu mẫu: xã NTM nâng cao; hiện đại: xã NTM), in any version.
 */
export function prerequisiteLevels(set: CriteriaSet, catalogues: readonly CatalogueVersion[]): Level[] {
  const sets = catalogues.flatMap((version) => version.criteriaSets);
  const levels = (set.prerequisites ?? []).flatMap((id) => sets.find((s) => s.id === id)?.level ?? []);
  return [...new Set(levels)];
}

/** A registration at `level` needs every required level held by a recognition that stands (422 naming the missing one). */
export function checkPrerequisites(
  level: Level,
  required: readonly Level[],
  standing: readonly StandingRecognition[],
): Result<void> {
  const missing = required.find((needed) => !standing.some((r) => stands(r.level, needed)));
  if (missing === undefined) return ok(undefined);
  return fail(
    new ForbiddenError({
      code: 'registration.prerequisite-missing',
      messageVi: `Đơn vị chưa có quyết định công nhận đạt chuẩn ${LEVEL_NAMES[missing].vi} còn hiệu lực: chưa đăng ký xét công nhận ${LEVEL_NAMES[level].vi} được.`,
      messageEn: `The unit holds no standing ${missing} recognition, which a ${level} registration requires.`,
      details: { field: 'level', level, requiredLevel: missing },
    }),
  );
}
