import { type AdministrativeUnit, type AdministrativeUnits, type CommuneGroups } from '@ntm/units';
import { vietnamDateOf } from '@ntm/calendar';
import {
  type CatalogueVersion,
  catalogueVersions,
  type CommuneGroup,
  CatalogueError,
  pinRules,
  selectDefaults,
  type Variant,
} from '@ntm/catalogue';
import type { CommandMetadata, RegisterDossier, UnitKind } from '@ntm/domain';

import { ProblemException } from '../platform/problem.exception';
import type { RegisterDossierDto } from './dto/filing.dto';

/**
 * A registration pins the rules in force on the day of filing (catalogue version, criteria set,
 * regime, thresholds for the unit's region or commune group, department assignments): a later
 * catalogue never changes a dossier in flight.
 */
export function registrationCommand(
  body: RegisterDossierDto,
  dossierId: string,
  metadata: CommandMetadata,
  units: AdministrativeUnits,
  groups: CommuneGroups,
): RegisterDossier {
  const filedOn = body.filedOn ?? vietnamDateOf(metadata.now);
  const unit = unitInForce(units, body.unitCode, filedOn);
  const province =
    unit.level === 'province' ? unit.code : units.ancestors(unit.code).find((u) => u.level === 'province')?.code;
  const kind = unitKindOf(unit);
  const rules = catalogueRule(() => {
    const catalogue = catalogueFor(filedOn);
    const { setId, regimeId } = selectDefaults(catalogue, { unitKind: kind, level: body.level, filedOn });
    const set = catalogue.criteriaSets.find((s) => s.id === setId);
    const variant = variantOf(body, set?.variantBy ?? 'region', groups[catalogue.id]);
    return pinRules(catalogue, { setId, regimeId, province: province ?? unit.code, variant });
  });
  return {
    type: 'RegisterDossier',
    data: {
      dossierId,
      unit: { code: unit.code, kind },
      province: province ?? unit.code,
      level: body.level,
      year: body.year,
      rules,
      ...(body.previousDossierId ? { previousDossierId: body.previousDossierId } : {}),
    },
    metadata,
  };
}

/** The catalogue as published on the day of filing (older paper dossiers keep older versions). */
function catalogueFor(filedOn: string): CatalogueVersion {
  const versions = catalogueVersions();
  return [...versions].reverse().find((v) => v.publishedAt.slice(0, 10) <= filedOn) ?? versions[0];
}

function unitInForce(units: AdministrativeUnits, code: string, on: string): AdministrativeUnit {
  const unit = units.get(code);
  if (!unit) throw invalidField('unitCode', `không có đơn vị hành chính mã ${code} (unknown unit)`);
  if (unit.validFrom > on || (unit.validTo !== undefined && unit.validTo < on)) {
    throw new ProblemException({
      code: 'unit.not-in-force',
      status: 422,
      title: { vi: 'Đơn vị hành chính không tồn tại vào ngày nộp', en: 'The unit did not exist on the filing date' },
      detail: {
        vi: `${unit.name} có hiệu lực ${unit.validFrom}–${unit.validTo ?? 'nay'}, không bao gồm ngày ${on}.`,
        en: `${unit.name} existed ${unit.validFrom}–${unit.validTo ?? 'today'}, not on ${on}.`,
      },
      errors: [{ field: 'unitCode', reason: 'đơn vị không còn / chưa có hiệu lực' }],
    });
  }
  return unit;
}

function unitKindOf(unit: AdministrativeUnit): UnitKind {
  if (unit.level === 'commune' || unit.level === 'district' || unit.level === 'village') return unit.level;
  throw invalidField('unitCode', 'chỉ xã, huyện hoặc thôn được xét công nhận (commune, district or village only)');
}

/**
 * 2021–2025 thresholds vary by region (given at filing); 2026–2030 ones by the commune's group as
 * recorded for the catalogue version (QĐ 51/2025/QĐ-TTg), which a registration may not contradict.
 */
function variantOf(
  body: RegisterDossierDto,
  variantBy: 'region' | 'group',
  recorded: CommuneGroup | undefined,
): Variant {
  if (variantBy === 'region') {
    if (!body.region) throw invalidField('region', 'bắt buộc với bộ tiêu chí 2021–2025: vùng của xã (required)');
    return { region: body.region };
  }
  if (recorded !== undefined && body.communeGroup !== undefined && body.communeGroup !== recorded) {
    throw new ProblemException({
      code: 'commune-group.mismatch',
      status: 422,
      title: { vi: 'Nhóm xã khác nhóm đã xếp', en: 'The group differs from the commune’s recorded group' },
      detail: {
        vi: `Xã thuộc nhóm ${recorded} theo phân nhóm của tỉnh; bỏ trường communeGroup hoặc đề nghị điều phối viên tỉnh xếp lại nhóm.`,
        en: `The commune is in group ${recorded}; omit communeGroup or ask the provincial coordinator to change it.`,
      },
      errors: [{ field: 'communeGroup', reason: `xã thuộc nhóm ${recorded} (recorded group)` }],
    });
  }
  const group = recorded ?? body.communeGroup;
  if (!group) throw invalidField('communeGroup', 'bắt buộc với bộ tiêu chí 2026–2030: nhóm xã 1, 2 hoặc 3');
  return { group };
}

function catalogueRule<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof CatalogueError)) throw error;
    throw new ProblemException({
      code: `catalogue.${error.code}`,
      status: 422,
      title: { vi: error.message, en: error.messageEn },
    });
  }
}

export function previousNotRevoked(previousDossierId: string, unitCode: string): ProblemException {
  return new ProblemException({
    code: 'registration.previous-not-revoked',
    status: 422,
    title: {
      vi: 'Hồ sơ trước không phải hồ sơ đã bị thu hồi của đơn vị này',
      en: 'The previous dossier is not a revoked dossier of this unit',
    },
    detail: {
      vi: `Công nhận lại chỉ nối với hồ sơ đã bị thu hồi công nhận của chính đơn vị ${unitCode}; ${previousDossierId} không phải.`,
      en: `Re-recognition links only to a revoked dossier of unit ${unitCode}; ${previousDossierId} is not one.`,
    },
    errors: [{ field: 'previousDossierId', reason: 'không phải hồ sơ đã bị thu hồi của đơn vị này' }],
  });
}

function invalidField(field: string, reason: string): ProblemException {
  return new ProblemException({
    code: 'validation',
    status: 400,
    title: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
    errors: [{ field, reason }],
  });
}
