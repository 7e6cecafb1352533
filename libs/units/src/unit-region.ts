import { type Region } from '@ntm/catalogue';
import { ConflictError, fail, ok, type Result, ValidationError } from '@ntm/domain';

/**
 * QĐ 318/QĐ-TTg 2022: the 2021–2025 thresholds vary by region. The register gives each commune its
 * province's region before the mergers; the provincial coordinator corrects it where that is wrong
 * (e.g. a commune of a province split across regions), each change an event of `unit-region-<code>`
 * naming the region it replaces.
 */
export interface UnitRegionAssigned {
  readonly type: 'UnitRegionAssigned';
  readonly data: {
    readonly unitCode: string;
    readonly region: Region;
    /** The region in force before: the register's, or an earlier assignment's (null when none). */
    readonly previousRegion: Region | null;
    readonly reason: string;
  };
}

export interface AssignUnitRegion {
  readonly type: 'AssignUnitRegion';
  readonly data: Omit<UnitRegionAssigned['data'], 'previousRegion'>;
}

/** The region in force: the register's, overlaid by the coordinator's assignments in order (other types skipped). */
export function foldUnitRegion(
  events: readonly { readonly type: string; readonly data: unknown }[],
  registered: Region | undefined,
): Region | undefined {
  return events.reduce<Region | undefined>(
    (region, event) => (event.type === 'UnitRegionAssigned' ? (event as UnitRegionAssigned).data.region : region),
    registered,
  );
}

export function decideUnitRegion(command: AssignUnitRegion, region: Region | undefined): Result<UnitRegionAssigned[]> {
  if (command.data.reason.trim() === '') {
    const messages = { messageVi: 'Cần nêu căn cứ xếp vùng.', messageEn: 'A reason is required.' };
    return fail(new ValidationError({ code: 'validation', ...messages, details: { field: 'reason' } }));
  }
  if (region === command.data.region) {
    const messages = { messageVi: 'Xã đã thuộc vùng này.', messageEn: 'The commune is already in this region.' };
    return fail(new ConflictError({ code: 'unit-region.unchanged', ...messages }));
  }
  return ok([{ type: 'UnitRegionAssigned', data: { ...command.data, previousRegion: region ?? null } }]);
}
