/** The departments of the catalogue version in force on a day (`DepartmentsInForce`). */
export const DEPARTMENTS_IN_FORCE = Symbol('DEPARTMENTS_IN_FORCE');
