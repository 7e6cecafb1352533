import { vietnamDateOf } from '@ntm/calendar';
import { catalogueVersions } from '@ntm/catalogue';
import { type CommandMetadata, type RegisterDossier, registrationRules, type RegisteringUnit } from '@ntm/domain';
import type { AdministrativeUnits, CommuneGroups } from '@ntm/units';

import { validationProblem } from '../platform/problem.exception';
import type { RegisterDossierDto } from './dto/filing.dto';

/** The registration the body asks for, with the rules the domain pins for the unit on the filing date. */
export function registrationCommand(
  body: RegisterDossierDto,
  dossierId: string,
  metadata: CommandMetadata,
  units: AdministrativeUnits,
  groups: CommuneGroups,
): RegisterDossier {
  const filedOn = body.filedOn ?? vietnamDateOf(metadata.now);
  const request = {
    unit: registeringUnit(units, body.unitCode),
    level: body.level,
    filedOn,
    recordedGroups: groups,
    ...(body.region ? { region: body.region } : {}),
    ...(body.communeGroup ? { communeGroup: body.communeGroup } : {}),
  };
  const pinned = registrationRules(request, catalogueVersions());
  if (!pinned.ok) throw pinned.error;
  const { previousDossierId, level, year } = body;
  return {
    type: 'RegisterDossier',
    data: { dossierId, ...pinned.value, level, year, ...(previousDossierId ? { previousDossierId } : {}) },
    metadata,
  };
}

function registeringUnit(units: AdministrativeUnits, code: string): RegisteringUnit {
  const unit = units.get(code);
  if (!unit)
    throw validationProblem([{ field: 'unitCode', reason: `không có đơn vị hành chính mã ${code} (unknown unit)` }]);
  const province = unit.level === 'province' ? unit : units.ancestors(code).find((u) => u.level === 'province');
  const { name, level, validFrom, validTo } = unit;
  return { code, name, level, validFrom, ...(validTo ? { validTo } : {}), province: province?.code ?? code };
}
