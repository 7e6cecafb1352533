import {
  type CatalogueVersion,
  CatalogueError,
  type CommuneGroup,
  nationalVersionOf,
  pinRules,
  type Region,
  selectDefaults,
  type Variant,
} from '@ntm/catalogue';

import { type CataloguePublications, isPublished } from './catalogue-publication';
import type { RegisterDossier } from './commands';
import { ForbiddenError, fail, ok, type Result, ValidationError } from './errors';
import type { Level, UnitKind } from './rules';
import type { DossierSummary } from './summary';

/** The administrative unit a dossier is filed for, as the unit register records it on the filing date. */
export interface RegisteringUnit {
  readonly code: string;
  readonly name: string;
  readonly level: 'province' | 'district' | 'commune' | 'village';
  /** Loại đơn vị as the national list writes it: "xã", "phường", "đặc khu", "huyện", "thôn"… */
  readonly divisionType: string;
  /** Absent when earlier than the records kept. */
  readonly validFrom?: string;
  readonly validTo?: string;
  /** The province the unit lies in on the filing date (itself for a province). */
  readonly province: string;
  /** 2021–2025 criteria: the unit's region as the register records it. */
  readonly region?: Region;
}

/**
 * Who the programme recognises (QĐ 18/2022/QĐ-TTg; QĐ 51/2025/QĐ-TTg): rural communes (xã) and
 * special zones (đặc khu), villages, and district-level units that build NTM (huyện; thị xã and
 * thành phố thuộc tỉnh "hoàn thành nhiệm vụ"). Phường, thị trấn and quận are urban: not NTM units.
 */
const RECOGNISED_DIVISIONS: ReadonlySet<string> = new Set(['xã', 'đặc khu', 'thôn', 'huyện', 'thị xã', 'thành phố']);

export interface RegistrationRequest {
  readonly unit: RegisteringUnit;
  readonly level: Level;
  /** The year of recognition asked for: thresholds that rise by year are pinned at its figures. */
  readonly year: number;
  /** The filing date (Vietnam time): the rules in force that day are pinned. */
  readonly filedOn: string;
  /** 2021–2025 criteria: the region the filer states, checked against the recorded one. */
  readonly region?: Region;
  /** 2026–2030 criteria: the group the filer states, checked against the recorded one. */
  readonly communeGroup?: CommuneGroup;
  /** The commune's group per catalogue version, as the province recorded it (seed and coordinator's assignments). */
  readonly recordedGroups: Readonly<Record<string, CommuneGroup>>;
  /** Draft catalogue versions the unit's province published (see catalogue-publication). */
  readonly publications: CataloguePublications;
}

export type RegisteredRules = Pick<RegisterDossier['data'], 'unit' | 'province' | 'rules'>;

/**
 * What a registration pins (QĐ 18/2022/QĐ-TTg; QĐ 51/2025/QĐ-TTg): the unit must exist on the
 * filing date and be one the procedure recognises; the catalogue published by then gives the
 * criteria set, regime, thresholds for the unit's region or commune group and department
 * assignments, so a later catalogue never changes a dossier in flight.
 */
export function registrationRules(
  request: RegistrationRequest,
  catalogues: readonly CatalogueVersion[],
): Result<RegisteredRules> {
  const { unit, filedOn } = request;
  if ((unit.validFrom ?? '') > filedOn || (unit.validTo !== undefined && unit.validTo < filedOn)) {
    const from = unit.validFrom ?? '…';
    return fail(
      new ForbiddenError({
        code: 'unit.not-in-force',
        messageVi: `${unit.name} có hiệu lực ${from}–${unit.validTo ?? 'nay'}, không bao gồm ngày ${filedOn}.`,
        messageEn: `${unit.name} existed ${from}–${unit.validTo ?? 'today'}, not on ${filedOn}.`,
        details: { field: 'unitCode' },
      }),
    );
  }
  if (unit.level === 'province')
    return invalidField('unitCode', 'chỉ xã, huyện hoặc thôn được xét công nhận (commune, district or village only)');
  if (!RECOGNISED_DIVISIONS.has(unit.divisionType)) {
    return fail(
      new ForbiddenError({
        code: 'unit.not-rural',
        messageVi: `${unit.name} là ${unit.divisionType}, không thuộc đối tượng xét công nhận nông thôn mới (chỉ xã, đặc khu, thôn và huyện, thị xã, thành phố thuộc tỉnh).`,
        messageEn: `${unit.name} is a ${unit.divisionType}: urban units are not recognised under the NTM programme.`,
        details: { field: 'unitCode', divisionType: unit.divisionType },
      }),
    );
  }
  const kind: UnitKind = unit.level;
  const catalogue = catalogueInForce(catalogues, filedOn);
  if (!isPublished(catalogue, request.publications)) {
    return fail(
      new ForbiddenError({
        code: 'catalogue.not-published',
        messageVi: `Danh mục ${catalogue.id} (${catalogue.title}), áp dụng từ ${catalogue.publishedAt}, còn là bản dự thảo chưa được tỉnh công bố: chưa nhận hồ sơ theo danh mục này.`,
        messageEn: `Catalogue ${catalogue.id}, in force from ${catalogue.publishedAt}, is a draft the province has not published: no dossier can be filed on it yet.`,
        details: { catalogueVersion: catalogue.id, province: unit.province },
      }),
    );
  }
  return pinned(() => {
    const { setId, regimeId } = selectDefaults(catalogue, { unitKind: kind, level: request.level, filedOn });
    const set = catalogue.criteriaSets.find((s) => s.id === setId);
    // A province's own version groups its communes as the national version it derives from.
    const recorded = request.recordedGroups[nationalVersionOf(catalogue.id)];
    const variant = variantOf(request, set?.variantBy ?? 'region', recorded);
    if (!variant.ok) return variant;
    const { year } = request;
    const rules = pinRules(catalogue, { setId, regimeId, province: unit.province, variant: variant.value, year });
    return ok({ unit: { code: unit.code, kind }, province: unit.province, rules });
  });
}

/**
 * The catalogue as published on the day of filing (older paper dossiers keep older versions). A
 * province's own version applies from its base's date and, listed after the versions it derives
 * from, comes before them.
 */
export function catalogueInForce(catalogues: readonly CatalogueVersion[], filedOn: string): CatalogueVersion {
  const byDate = [...catalogues].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
  return byDate.findLast((v) => v.publishedAt.slice(0, 10) <= filedOn) ?? byDate[0]!;
}

/**
 * 2021–2025 thresholds vary by the unit's region, 2026–2030 ones by the commune's group as recorded
 * for the catalogue version: both are the register's data, which a registration may not contradict.
 */
function variantOf(
  request: RegistrationRequest,
  variantBy: 'region' | 'group',
  recorded: CommuneGroup | undefined,
): Result<Variant> {
  if (variantBy === 'region') return regionOf(request);
  if (recorded !== undefined && request.communeGroup !== undefined && request.communeGroup !== recorded) {
    return fail(
      new ForbiddenError({
        code: 'commune-group.mismatch',
        messageVi: `Xã thuộc nhóm ${recorded} theo phân nhóm của tỉnh; bỏ trường communeGroup hoặc đề nghị điều phối viên tỉnh xếp lại nhóm.`,
        messageEn: `The commune is in group ${recorded}; omit communeGroup or ask the provincial coordinator to change it.`,
        details: { field: 'communeGroup', recordedGroup: recorded },
      }),
    );
  }
  const group = recorded ?? request.communeGroup;
  if (!group) return invalidField('communeGroup', 'bắt buộc với bộ tiêu chí 2026–2030: nhóm xã 1, 2 hoặc 3');
  return ok({ group });
}

function regionOf({ unit, region }: RegistrationRequest): Result<Variant> {
  if (unit.region !== undefined && region !== undefined && region !== unit.region) {
    return fail(
      new ForbiddenError({
        code: 'region.mismatch',
        messageVi: `${unit.name} thuộc vùng ${unit.region} theo danh mục đơn vị hành chính; bỏ trường region.`,
        messageEn: `${unit.name} lies in region ${unit.region} per the units register; omit region.`,
        details: { field: 'region', recordedRegion: unit.region },
      }),
    );
  }
  const inForce = unit.region ?? region;
  if (!inForce) return invalidField('region', 'bắt buộc với bộ tiêu chí 2021–2025: vùng của xã (required)');
  return ok({ region: inForce });
}

/** The catalogue's own refusals (no criteria set for the level, a retired department…) as the domain's. */
function pinned(work: () => Result<RegisteredRules>): Result<RegisteredRules> {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof CatalogueError)) throw error;
    const messages = { messageVi: error.message, messageEn: error.messageEn };
    return fail(new ForbiddenError({ code: `catalogue.${error.code}`, ...messages }));
  }
}

/**
 * QĐ 18/2022/QĐ-TTg, Điều 24: a unit whose recognition was revoked may file anew, linked to that
 * earlier dossier, which must be this unit's and revoked. One refusal for every failure, so the
 * answer tells nothing about other units' dossiers.
 */
export function checkRefiling(
  previous: Pick<DossierSummary, 'unit' | 'status'> | undefined,
  previousDossierId: string,
  unitCode: string,
): Result<void> {
  if (previous?.unit.code === unitCode && previous.status === 'revoked') return ok(undefined);
  return fail(
    new ForbiddenError({
      code: 'registration.previous-not-revoked',
      messageVi: `Công nhận lại chỉ nối với hồ sơ đã bị thu hồi công nhận của chính đơn vị ${unitCode}; ${previousDossierId} không phải.`,
      messageEn: `Re-recognition links only to a revoked dossier of unit ${unitCode}; ${previousDossierId} is not one.`,
      details: { field: 'previousDossierId' },
    }),
  );
}

function invalidField<T>(field: string, reason: string): Result<T> {
  return fail(new ValidationError({ code: 'validation', messageVi: reason, messageEn: reason, details: { field } }));
}
