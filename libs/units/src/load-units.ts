import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import { unitsFileSchema, type UnitVersion, villagesFileSchema } from './administrative-unit';
import { AdministrativeUnits } from './administrative-units';

/** Shipped with the library (copied next to the build output by `swc --copy-files`). */
const DATA_DIR = join(__dirname, '..', 'data');
/** Generated from the national lists by tools/generate.py (`npm run units:generate`). */
export const ADMINISTRATIVE_UNITS_FILE = join(DATA_DIR, 'administrative-units.json');
/** Kept by hand: villages have no national code. */
export const VILLAGES_FILE = join(DATA_DIR, 'villages.yaml');

/** Reads and validates both files; a wrong file stops the app with the path of each problem. */
export function loadAdministrativeUnits(
  unitsPath: string = ADMINISTRATIVE_UNITS_FILE,
  villagesPath: string = VILLAGES_FILE,
): AdministrativeUnits {
  const { units } = unitsFileSchema.parse(JSON.parse(readFileSync(unitsPath, 'utf8')));
  const { villages } = villagesFileSchema.parse(parse(readFileSync(villagesPath, 'utf8')));
  const villageVersions = villages.map((village): UnitVersion => ({
    ...village,
    level: 'village',
    divisionType: 'thôn',
  }));
  return new AdministrativeUnits([...units, ...villageVersions]);
}
