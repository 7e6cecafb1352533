import { vietnamDateOf } from '@ntm/calendar';
import { type CatalogueVersion, catalogueVersions, type Region } from '@ntm/catalogue';
import {
  type CataloguePublications,
  type CommandMetadata,
  type RegisterDossier,
  registrationRules,
  type RegisteringUnit,
} from '@ntm/domain';
import type { AdministrativeUnits, CommuneGroups } from '@ntm/units';

import { validationProblem } from '../platform/problem.exception';
import type { RegisterDossierDto } from './dto/filing.dto';

/**
 * What the province recorded for the unit: its commune groups, its region, the draft catalogues it
 * published, and those of its own versions it published (imported, derived from a national one).
 */
export interface RecordedForUnit {
  readonly groups: CommuneGroups;
  /** The coordinator's region where it corrected the register's (see CommuneGroupBook.region). */
  readonly region: Region | null;
  readonly publications: CataloguePublications;
  readonly ownVersions: readonly CatalogueVersion[];
}

/** The filing date: the body's (a paper dossier filed earlier), else today in Việt Nam. */
export const filingDate = (body: RegisterDossierDto, metadata: CommandMetadata): string =>
  body.filedOn ?? vietnamDateOf(metadata.now);

/** The registration the body asks for, with the rules the domain pins for the unit on the filing date. */
export function registrationCommand(
  body: RegisterDossierDto,
  dossierId: string,
  metadata: CommandMetadata,
  units: AdministrativeUnits,
  recorded: RecordedForUnit,
): RegisterDossier {
  const filedOn = filingDate(body, metadata);
  const request = {
    unit: registeringUnit(units, body.unitCode, filedOn, recorded.region),
    level: body.level,
    year: body.year,
    filedOn,
    recordedGroups: recorded.groups,
    publications: recorded.publications,
    ...(body.region ? { region: body.region } : {}),
    ...(body.communeGroup ? { communeGroup: body.communeGroup } : {}),
  };
  const pinned = registrationRules(request, [...catalogueVersions(), ...recorded.ownVersions]);
  if (!pinned.ok) throw pinned.error;
  const { previousDossierId, level, year } = body;
  return {
    type: 'RegisterDossier',
    data: { dossierId, ...pinned.value, level, year, ...(previousDossierId ? { previousDossierId } : {}) },
    metadata,
  };
}

/** The unit as it stood on the filing date (its latest version when it did not exist then: the domain refuses it). */
function registeringUnit(
  units: AdministrativeUnits,
  code: string,
  filedOn: string,
  recordedRegion: Region | null,
): RegisteringUnit {
  const latest = units.get(code);
  if (!latest)
    throw validationProblem([{ field: 'unitCode', reason: `không có đơn vị hành chính mã ${code} (unknown unit)` }]);
  const unit = units.on(code, filedOn) ?? latest;
  const province = units.provinceOn(code, filedOn) ?? units.ancestors(code).find((u) => u.level === 'province');
  const region = recordedRegion ?? unit.region ?? (unit.parent ? units.on(unit.parent, filedOn)?.region : undefined);
  const { name, level, divisionType, validFrom, validTo } = unit;
  return {
    code,
    name,
    level,
    divisionType,
    province: province?.code ?? code,
    ...(validFrom ? { validFrom } : {}),
    ...(validTo ? { validTo } : {}),
    ...(region ? { region } : {}),
  };
}
