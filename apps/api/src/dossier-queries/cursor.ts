import { ProblemException } from '../platform/problem.exception';

export type CursorKey = readonly (string | number)[];

export interface Page<T> {
  readonly items: T[];
  /** Opaque; absent on the last page. */
  readonly nextCursor?: string;
}

export const encodeCursor = (key: CursorKey): string => Buffer.from(JSON.stringify(key)).toString('base64url');

/** The sort key of the last row of the previous page; a tampered cursor is a 400 on the `cursor` field. */
export function decodeCursor(cursor: string | undefined, length: number): CursorKey | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length && key.every((v) => ['string', 'number'].includes(typeof v))) {
      return key as CursorKey;
    }
  } catch {
    // Not base64url JSON: answered below like any other malformed cursor.
  }
  throw malformedCursor();
}

/** 400 on the `cursor` field: also for a key whose values a query cannot take (decoded, then checked). */
export const malformedCursor = () =>
  new ProblemException({
    code: 'validation',
    status: 400,
    title: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
    detail: { vi: 'Con trỏ phân trang không hợp lệ', en: 'Invalid pagination cursor' },
    errors: [{ field: 'cursor', reason: 'cursor is malformed' }],
  });

/**
 * Keyset pagination: `rows` were fetched with `limit + 1` after the cursor key, in the order of
 * `keyOf`, so a row updated between pages is neither skipped nor repeated by position.
 */
export function pageOf<Row, Item>(
  rows: readonly Row[],
  limit: number,
  keyOf: (row: Row) => CursorKey,
  toItem: (row: Row) => Item,
): Page<Item> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return rows.length > limit && last
    ? { items: items.map(toItem), nextCursor: encodeCursor(keyOf(last)) }
    : { items: items.map(toItem) };
}

/** `(a, b) > (:after0, :after1)` for the cursor key, adding its values to the named `params`; `true` without one. */
export function afterKey(
  columns: readonly string[],
  key: CursorKey | undefined,
  params: Record<string, unknown>,
): string {
  if (!key) return 'true';
  key.forEach((value, index) => (params[`after${index}`] = value));
  return `(${columns.join(', ')}) > (${key.map((_, index) => `:after${index}`).join(', ')})`;
}
