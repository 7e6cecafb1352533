import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';
import { z } from 'zod';

import { COMMUNE_GROUPS } from './commune-group-events';
import type { CommuneGroups } from './commune-groups';

/** Shipped with the library: the groups each demo commune starts with, per catalogue version. */
export const COMMUNE_GROUPS_FILE = join(__dirname, '..', 'data', 'commune-groups.yaml');

const groupNumber = z.union(COMMUNE_GROUPS.map((group) => z.literal(group)));

export const communeGroupsFileSchema = z.strictObject({
  versions: z.record(z.string().min(1), z.record(z.string().regex(/^\d{5}$/, 'mã xã (a commune code)'), groupNumber)),
});

/** Unit code -> its seeded groups by catalogue version. */
export type CommuneGroupSeed = ReadonlyMap<string, CommuneGroups>;

/** Reads and validates the seed file; a wrong file stops the app with the path of each problem. */
export function loadCommuneGroupSeed(path: string = COMMUNE_GROUPS_FILE): CommuneGroupSeed {
  const { versions } = communeGroupsFileSchema.parse(parse(readFileSync(path, 'utf8')));
  const seed = new Map<string, Record<string, (typeof COMMUNE_GROUPS)[number]>>();
  for (const [version, communes] of Object.entries(versions)) {
    for (const [unitCode, group] of Object.entries(communes))
      seed.set(unitCode, { ...seed.get(unitCode), [version]: group });
  }
  return seed;
}
