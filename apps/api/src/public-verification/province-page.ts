import { levelName, statusOf } from './decision-page';
import { html, page } from './html';
import type { PublicDecision } from './public-decisions.query';
import { vietnameseDate } from './vietnamese-dates';

export const PROVINCE_PAGE_SIZE = 50;

export interface ProvinceListing {
  readonly province: { readonly code: string; readonly name: string };
  readonly query: string;
  readonly page: number;
  readonly decisions: readonly PublicDecision[];
}

const row = (decision: PublicDecision) =>
  html`<tr>
    <td data-label="Đơn vị"><a href="/xac-minh/${decision.code}">${decision.unit.name}</a></td>
    <td data-label="Mức đạt chuẩn">${levelName(decision.level)}</td>
    <td data-label="Năm">${decision.year}</td>
    <td data-label="Quyết định">Số ${decision.decisionNumber} ngày ${vietnameseDate(decision.decisionDate)}</td>
    <td data-label="Tình trạng">${statusOf(decision)}</td>
  </tr>`;

function pager({ province, query, page: current, decisions }: ProvinceListing) {
  const pages = Math.max(1, Math.ceil(decisions.length / PROVINCE_PAGE_SIZE));
  if (pages === 1) return html``;
  const link = (to: number, label: string) =>
    html`<li>
      <a href="/xac-minh/tinh/${province.code}?${new URLSearchParams({ q: query, trang: String(to) }).toString()}"
        >${label}</a
      >
    </li>`;
  return html`<nav aria-label="Phân trang">
    <ul>
      ${current > 1 ? link(current - 1, 'Trang trước') : ''}
      <li>Trang ${current}/${pages}</li>
      ${current < pages ? link(current + 1, 'Trang sau') : ''}
    </ul>
  </nav>`;
}

/** The province's recognised and revoked units, searchable with a plain GET form (no script). */
export function provincePage(listing: ProvinceListing): string {
  const { province, query, decisions } = listing;
  const shown = decisions.slice((listing.page - 1) * PROVINCE_PAGE_SIZE, listing.page * PROVINCE_PAGE_SIZE);
  const caption = query
    ? `${decisions.length} quyết định khớp “${query}”`
    : `${decisions.length} quyết định công nhận đạt chuẩn nông thôn mới`;
  return page(
    `Đơn vị được công nhận nông thôn mới — ${province.name}`,
    html`<form method="get" action="/xac-minh/tinh/${province.code}" role="search">
        <div class="field">
          <label for="q">Tìm theo tên đơn vị, mã đơn vị hoặc số quyết định</label>
          <input id="q" name="q" type="search" value="${query}" maxlength="100" />
        </div>
        <button type="submit">Tìm</button>
      </form>
      ${
        shown.length === 0
          ? html`<p>Không có quyết định nào${query ? ' khớp từ khoá tìm kiếm' : ''}.</p>`
          : html`<table>
              <caption>
                ${caption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Đơn vị</th>
                  <th scope="col">Mức đạt chuẩn</th>
                  <th scope="col">Năm</th>
                  <th scope="col">Quyết định</th>
                  <th scope="col">Tình trạng</th>
                </tr>
              </thead>
              <tbody>
                ${shown.map(row)}
              </tbody>
            </table>`
      }
      ${pager(listing)}`,
  );
}
