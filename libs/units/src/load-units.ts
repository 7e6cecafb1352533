import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import { unitsFileSchema } from './administrative-unit';
import { AdministrativeUnits } from './administrative-units';

/** Shipped with the library (copied next to the build output by `swc --copy-files`). */
export const ADMINISTRATIVE_UNITS_FILE = join(__dirname, '..', 'data', 'administrative-units.yaml');

/** Reads and validates the units file; a wrong file stops the app with the path of each problem. */
export function loadAdministrativeUnits(path: string = ADMINISTRATIVE_UNITS_FILE): AdministrativeUnits {
  return AdministrativeUnits.fromFile(unitsFileSchema.parse(parse(readFileSync(path, 'utf8'))));
}
