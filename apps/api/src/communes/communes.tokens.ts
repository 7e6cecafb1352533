/** The seeded commune groups (libs/units/data/commune-groups.yaml), loaded once at start. */
export const COMMUNE_GROUP_SEED = Symbol('COMMUNE_GROUP_SEED');
