import { z } from 'zod';

export const UNIT_LEVELS = ['province', 'district', 'commune', 'village'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày dạng YYYY-MM-DD (a YYYY-MM-DD date)');
const unitCode = z.string().regex(/^\d{2,5}(-\d{2,3})?$/, 'mã đơn vị hành chính (an administrative unit code)');

export interface UnitNode {
  readonly code: string;
  readonly name: string;
  readonly level: UnitLevel;
  readonly validFrom: string;
  readonly validTo?: string;
  readonly predecessors?: readonly string[];
  readonly children?: readonly UnitNode[];
}

const unitNode: z.ZodType<UnitNode> = z.lazy(() =>
  z.strictObject({
    code: unitCode,
    name: z.string().trim().min(1),
    level: z.enum(UNIT_LEVELS),
    validFrom: isoDate,
    validTo: isoDate.optional(),
    predecessors: z.array(unitCode).optional(),
    children: z.array(unitNode).optional(),
  }),
);

/** The data file: provinces with their units nested, as published (tỉnh → huyện → xã → thôn). */
export const unitsFileSchema = z.strictObject({ units: z.array(unitNode).min(1) });
export type UnitsFile = z.infer<typeof unitsFileSchema>;

/** One administrative unit, flattened: `parent` is the enclosing unit in its own structure. */
export interface AdministrativeUnit {
  readonly code: string;
  /** Vietnamese official name, e.g. "Xã Quân Hà". */
  readonly name: string;
  readonly level: UnitLevel;
  readonly parent?: string;
  readonly validFrom: string;
  /** Last day the unit existed; absent while it exists. */
  readonly validTo?: string;
  /** Units merged into this one (2025 reorganisation): their dossiers now fall within it. */
  readonly predecessors: readonly string[];
}
