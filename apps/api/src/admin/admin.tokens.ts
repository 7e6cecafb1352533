/** The department codes of the catalogue version in force: a grant's department must be one. */
export const CATALOGUE_DEPARTMENTS = Symbol('CATALOGUE_DEPARTMENTS');
