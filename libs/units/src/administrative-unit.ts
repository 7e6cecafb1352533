import { z } from 'zod';

import { type Region, regions } from '@ntm/catalogue';

export const UNIT_LEVELS = ['province', 'district', 'commune', 'village'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** Loại đơn vị hành chính as the national lists write them (Luật Tổ chức chính quyền địa phương). */
export const DIVISION_TYPES = [
  'tỉnh',
  'thành phố trung ương',
  'huyện',
  'quận',
  'thị xã',
  'thành phố',
  'xã',
  'phường',
  'thị trấn',
  'đặc khu',
  'thôn',
] as const;
export type DivisionType = (typeof DIVISION_TYPES)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày dạng YYYY-MM-DD (a YYYY-MM-DD date)');
const unitCode = z.string().regex(/^\d{2,5}(-\d{2,3})?$/, 'mã đơn vị hành chính (an administrative unit code)');

/**
 * One unit as it stood over a period. A code that outlived the 2025 reorganisation (a province
 * that absorbed others, a commune that kept one predecessor's code) has a version until
 * 2025-06-30 and one from 2025-07-01: the same unit, continuing, under a new parent and name.
 */
export interface UnitVersion {
  readonly code: string;
  /** Vietnamese official name, e.g. "Xã Quân Hà". */
  readonly name: string;
  readonly level: UnitLevel;
  readonly divisionType: DivisionType;
  /** The enclosing unit in this version's structure. */
  readonly parent?: string;
  /** 2021–2025 criteria (QĐ 318/QĐ-TTg): the region of the unit (of its province before the mergers). */
  readonly region?: Region;
  /** First day; absent when earlier than the records kept (the national lists give no dates). */
  readonly validFrom?: string;
  /** Last day; absent while in force. */
  readonly validTo?: string;
  /** Units merged into this version (2025 reorganisation): their dossiers now fall within it. */
  readonly predecessors: readonly string[];
}

/** A unit by its code: its latest version, with the versions before it. */
export interface AdministrativeUnit extends UnitVersion {
  /** Earlier versions under the same code, oldest first. */
  readonly earlier: readonly UnitVersion[];
}

const unitVersion = z.strictObject({
  code: unitCode,
  name: z.string().trim().min(1),
  level: z.enum(UNIT_LEVELS),
  divisionType: z.enum(DIVISION_TYPES),
  parent: unitCode.optional(),
  region: z.enum(regions).optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  predecessors: z.array(unitCode).default([]),
});

/** The generated national file (tools/generate.py): every unit version, flat. */
export const unitsFileSchema = z.strictObject({
  source: z.record(z.string(), z.string()),
  generatedBy: z.string(),
  units: z.array(unitVersion).min(1),
});

/** Villages (thôn, ấp, bản) have no national code: the province's own list, `<commune>-NN`. */
export const villagesFileSchema = z.strictObject({
  villages: z.array(unitVersion.omit({ level: true, divisionType: true, region: true }).required({ parent: true })),
});
