/**
 * An administrative document (văn bản hành chính) as Nghị định 30/2020/NĐ-CP, Phụ lục I lays it out:
 * the issuing body and number on the left, the national motto and the place and date on the right,
 * the kind and subject centred, the body, the signature on the right and "Nơi nhận" on the left.
 */
export interface OfficialDocument {
  /** The body above the issuer, then the issuer, in capitals (e.g. "UBND TỈNH THÁI NGUYÊN"). */
  readonly issuer: readonly string[];
  /** Số và ký hiệu, e.g. "123/QĐ-UBND"; empty when the document has no number (biên bản of a meeting). */
  readonly number: string;
  /** "Thái Nguyên, ngày 01 tháng 5 năm 2026". */
  readonly placeAndDate: string;
  /** "QUYẾT ĐỊNH", "BÁO CÁO", "BIÊN BẢN". */
  readonly kind: string;
  readonly subject: string;
  readonly body: readonly DocumentBlock[];
  readonly signature: Signature;
  readonly recipients: readonly string[];
  /** The address a QR code printed under the signature leads to, when the document can be verified publicly. */
  readonly verificationUrl?: string;
  /** The event's own time: the PDF's dates and file id come from it, so one input gives one file. */
  readonly issuedAt: string;
}

export type DocumentBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly columns: readonly TableColumn[]; readonly rows: readonly (readonly string[])[] };

export interface TableColumn {
  readonly header: string;
  /** Share of the text width, the columns' shares summing to 1. */
  readonly share: number;
}

export interface Signature {
  /** "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH HỘI ĐỒNG"; empty when the signer signs in their own name. */
  readonly capacity: string;
  readonly position: string;
  readonly name: string;
}

const MONTHS_WITH_ZERO = 2;

/**
 * "ngày 01 tháng 5 năm 2026" from an ISO date: Phụ lục I writes a leading zero on days below 10 and
 * on months 1 and 2 only (so "tháng 01", "tháng 02", but "tháng 5").
 */
export function dateInWords(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  const monthText = month <= MONTHS_WITH_ZERO ? String(month).padStart(2, '0') : String(month);
  return `ngày ${String(day).padStart(2, '0')} tháng ${monthText} năm ${year}`;
}
