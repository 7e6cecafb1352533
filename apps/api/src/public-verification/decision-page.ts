import { type Level, LEVEL_NAMES } from '@ntm/domain';

import { Html, html, page } from './html';
import type { CheckpointSeal } from './latest-checkpoint';
import type { PublicDecision } from './public-decisions.query';
import { vietnameseDate, vietnameseTime } from './vietnamese-dates';

export const levelName = (level: string): string => LEVEL_NAMES[level as Level]?.vi ?? level;

/** "Còn hiệu lực", or revoked with the revoking decision: what a reader of the paper must know first. */
export function statusOf(decision: PublicDecision): Html {
  if (decision.status === 'valid') return html`<span class="status valid">Còn hiệu lực</span>`;
  const { revocation } = decision;
  const by = revocation
    ? ` theo Quyết định số ${revocation.decisionNumber} ngày ${vietnameseDate(revocation.decisionDate)}`
    : '';
  return html`<span class="status revoked">Đã bị thu hồi${by}</span>`;
}

function sealOf(seal: CheckpointSeal | undefined): Html {
  if (!seal) return html`<p>Chưa có điểm neo chuỗi băm nào được ký.</p>`;
  return html`<dl>
    <dt>Mã băm gốc (Merkle) của điểm neo đã ký gần nhất</dt>
    <dd class="hash">${seal.merkleRoot}</dd>
    <dt>Thời điểm ký</dt>
    <dd>${vietnameseTime(seal.takenAt)}</dd>
    <dt>Bao gồm quyết định này</dt>
    <dd>${seal.coversDecision ? 'Có' : 'Chưa (sẽ có ở điểm neo kế tiếp)'}</dd>
  </dl>`;
}

/** The page a QR code printed on a recognition decision opens. */
export function decisionPage(
  decision: PublicDecision,
  seal: CheckpointSeal | undefined,
  qr: { url: string; svg: string },
): string {
  const title = `${decision.unit.name} đạt chuẩn ${levelName(decision.level)} năm ${decision.year}`;
  return page(
    title,
    html`<p>Tình trạng: ${statusOf(decision)}</p>
      <h2>Quyết định công nhận</h2>
      <dl>
        <dt>Đơn vị được công nhận</dt>
        <dd>${decision.unit.name} (mã ${decision.unit.code})</dd>
        <dt>Tỉnh, thành phố</dt>
        <dd><a href="/xac-minh/tinh/${decision.province.code}">${decision.province.name}</a></dd>
        <dt>Mức đạt chuẩn</dt>
        <dd>${levelName(decision.level)}</dd>
        <dt>Năm</dt>
        <dd>${decision.year}</dd>
        <dt>Số quyết định</dt>
        <dd>${decision.decisionNumber}</dd>
        <dt>Ngày quyết định</dt>
        <dd>${vietnameseDate(decision.decisionDate)}</dd>
        <dt>Mã xác minh</dt>
        <dd class="hash">${decision.code}</dd>
      </dl>
      <h2>Dấu niêm phong chuỗi băm</h2>
      ${sealOf(seal)}
      <h2>Mã QR của trang này</h2>
      <figure>
        ${new Html(qr.svg)}
        <figcaption>${qr.url}</figcaption>
      </figure>`,
  );
}
