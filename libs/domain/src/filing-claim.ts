import { ConflictError, fail, ok, type Result } from './errors';
import type { Level } from './rules';
import type { DossierStatus } from './state';

/**
 * One dossier per unit, level and year: the procedure recognises a unit once for a level and year,
 * so a second dossier while the first is open or recognised would let the same commune be
 * recognised twice. The claim is a stream of its own (`filing-<unit>-<level>-<year>`), appended at
 * the version read, so two registrations racing for it cannot both win.
 */
export interface FilingClaimed {
  readonly type: 'FilingClaimed';
  readonly data: {
    readonly unitCode: string;
    readonly level: Level;
    readonly year: number;
    readonly dossierId: string;
    /** When the registration claimed them (its command's time). */
    readonly claimedAt: string;
    /** The holder released: its dossier was withdrawn or revoked (or never got registered). */
    readonly releasedDossierId?: string;
  };
}

/** The dossier holding the claim, if any, and since when. */
export interface FilingClaim {
  readonly holder?: string;
  readonly claimedAt?: string;
}

/** Types this fold does not know (written by a later version) are skipped. */
export function foldFilingClaim(events: readonly { readonly type: string; readonly data: unknown }[]): FilingClaim {
  return events.reduce<FilingClaim>((claim, event) => {
    if (event.type !== 'FilingClaimed') return claim;
    const { dossierId, claimedAt } = (event as FilingClaimed).data;
    return { holder: dossierId, claimedAt };
  }, {});
}

/** A holder in these states no longer stands in the way of a new filing. */
const RELEASING_STATUSES: readonly DossierStatus[] = ['withdrawn', 'revoked'];

/**
 * A claim whose dossier does not exist (yet) may be a registration still starting: an API command
 * waits about a minute for its dependencies before answering 503. Past this, it was abandoned.
 */
export const UNSTARTED_CLAIM_HOLD_MS = 5 * 60_000;

/**
 * Claims the unit, level and year for `dossierId` at `filing.claimedAt`. `holderStatus` is the
 * status of the holder the caller looked up (undefined: no such dossier). A retried registration
 * finds itself the holder.
 */
export function decideFilingClaim(
  claim: FilingClaim,
  filing: Omit<FilingClaimed['data'], 'releasedDossierId'>,
  holderStatus: DossierStatus | undefined,
): Result<readonly FilingClaimed[]> {
  const { holder, claimedAt } = claim;
  if (holder === filing.dossierId) return ok([]);
  const starting =
    holderStatus === undefined && Date.parse(filing.claimedAt) - Date.parse(claimedAt ?? '') < UNSTARTED_CLAIM_HOLD_MS;
  if (holder !== undefined && starting) {
    return fail(
      new ConflictError({
        code: 'registration.in-progress',
        messageVi: `Một đăng ký hồ sơ khác của đơn vị ${filing.unitCode} mức ${filing.level} năm ${filing.year} đang được xử lý; thử lại sau ít phút.`,
        messageEn: `Another registration of unit ${filing.unitCode} for ${filing.level}, ${filing.year} is under way; try again in a few minutes.`,
        details: { field: 'unitCode', existingDossierId: holder },
      }),
    );
  }
  if (holder !== undefined && holderStatus !== undefined && !RELEASING_STATUSES.includes(holderStatus)) {
    return fail(
      new ConflictError({
        code: 'registration.duplicate',
        messageVi: `Đơn vị ${filing.unitCode} đã có hồ sơ ${holder} mức ${filing.level} năm ${filing.year} (${holderStatus}); mỗi đơn vị chỉ một hồ sơ cho một mức và năm.`,
        messageEn: `Unit ${filing.unitCode} already has dossier ${holder} for level ${filing.level}, ${filing.year} (${holderStatus}).`,
        details: { field: 'unitCode', existingDossierId: holder, existingStatus: holderStatus },
      }),
    );
  }
  return ok([{ type: 'FilingClaimed', data: { ...filing, ...(holder ? { releasedDossierId: holder } : {}) } }]);
}
