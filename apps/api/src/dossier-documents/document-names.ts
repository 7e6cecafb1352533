import type { DossierEvent, DossierRegistered } from '@ntm/domain';

/** The names a document prints that its events carry only as codes and ids. */
export interface DocumentNames {
  /** "Xã Cẩm Giàng", as it was named on the day of the document. */
  readonly unit: string;
  /** "Tỉnh Thái Nguyên". */
  readonly province: string;
  readonly criterion: (criterionId: string) => string;
  readonly department: (code: string) => string;
  readonly person: (userId: string) => string;
  /** The public verification page of the dossier's recognition, once there is one. */
  readonly verificationUrl?: string;
}

export type DocumentEvent<Type extends DossierEvent['type']> = Extract<DossierEvent, { type: Type }>;

export const lastOf = <Type extends DossierEvent['type']>(
  events: readonly DossierEvent[],
  type: Type,
): DocumentEvent<Type> | undefined => events.findLast((event): event is DocumentEvent<Type> => event.type === type);

export const registrationOf = (events: readonly DossierEvent[]): DossierRegistered['data'] | undefined =>
  lastOf(events, 'DossierRegistered')?.data;

/** "Tỉnh Thái Nguyên" → "TỈNH THÁI NGUYÊN"; the issuer block is printed in capitals (Phụ lục I). */
export const capitals = (text: string) => text.toLocaleUpperCase('vi-VN');

/** "Tỉnh Thái Nguyên" → "Thái Nguyên": the place name before the date drops the unit's kind. */
export const placeName = (province: string) => province.replace(/^(Tỉnh|Thành phố)\s+/u, '');

/** The issuing body of a commune's documents: the province's People's Committee, whose chair decides. */
export const provinceCommittee = (names: DocumentNames): readonly string[] => [
  'ỦY BAN NHÂN DÂN',
  capitals(names.province),
];

/** "Xã Cẩm Giàng" inside a sentence: "xã Cẩm Giàng". */
export const inSentence = (unit: string) => unit.charAt(0).toLocaleLowerCase('vi-VN') + unit.slice(1);

export const percent = (share: number) => `${(share * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
