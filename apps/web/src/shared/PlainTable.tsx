import type { ReactNode } from 'react';

/**
 * A short table that needs no sorting or paging (a commune's dossiers, a campaign's tallies, an
 * import's row report): plain semantic markup drawn like antd's, scrolling inside its card on a
 * phone, and none of antd's Table in the first page's download.
 */
export function PlainTable({
  caption,
  head,
  rows,
  wrap = [],
}: {
  readonly caption?: string;
  readonly head: readonly string[];
  /** Each row's key, then its cells in the order of `head`. */
  readonly rows: readonly (readonly [string, readonly ReactNode[]])[];
  /** Columns of long text, which wrap instead of widening the table. */
  readonly wrap?: readonly number[];
}) {
  return (
    <div className="plain-table">
      <table>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {head.map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, cells]) => (
            <tr key={key}>
              {cells.map((cell, column) => (
                <td key={head[column]} className={wrap.includes(column) ? 'wrap' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
