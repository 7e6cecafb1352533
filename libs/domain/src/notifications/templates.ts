import { LEVEL_NAMES } from '../prerequisites';
import type { Level } from '../rules';
import type { NotificationKind, NotificationParams } from './notification';

/** A notification as a person reads it, in the inbox or an e-mail. */
export interface RenderedNotification {
  readonly subject: string;
  readonly body: string;
}

/** What the reader's side adds: the unit's name from the register of units. */
export interface RenderContext {
  readonly unitName: string;
}

/** dd/mm/yyyy, as Vietnamese documents write a date. */
export const vietnameseDate = (iso: string | undefined): string =>
  iso ? iso.slice(0, 10).split('-').reverse().join('/') : 'chưa xác định';

const criterionOf = (params: NotificationParams) =>
  params.criterionName ? `tiêu chí “${params.criterionName}”` : `tiêu chí ${params.criterionId ?? ''}`.trim();

const TEMPLATES: Readonly<Record<NotificationKind, (p: NotificationParams, unit: string) => RenderedNotification>> = {
  'criterion-dispatched': (p, unit) => ({
    subject: `Tiêu chí cần thẩm định: ${unit}`,
    body: `Hồ sơ của ${unit} đã được chuyển đến Sở để thẩm định ${criterionOf(p)}. Hạn thẩm định: ${vietnameseDate(p.dueDate)}.`,
  }),
  'appraisal-reminder': (p, unit) => ({
    subject: `Sắp đến hạn thẩm định: ${unit}`,
    body: `${capitalised(criterionOf(p))} của hồ sơ ${unit} cần được thẩm định trước ngày ${vietnameseDate(p.dueDate)}.`,
  }),
  'appraisal-overdue': (p, unit) => ({
    subject: `Quá hạn thẩm định: ${unit}`,
    body: `${capitalised(criterionOf(p))} của hồ sơ ${unit} đã quá hạn thẩm định (hạn ${vietnameseDate(p.dueDate)}). Đề nghị Văn phòng điều phối đôn đốc Sở phụ trách.`,
  }),
  'supplement-requested': (p, unit) => ({
    subject: `Yêu cầu bổ sung hồ sơ: ${unit}`,
    body: `Sở thẩm định yêu cầu bổ sung hồ sơ về ${criterionOf(p)}. Lý do: ${p.reason ?? ''}`,
  }),
  'supplement-provided': (p, unit) => ({
    subject: `Đã bổ sung hồ sơ: ${unit}`,
    body: `${unit} đã bổ sung hồ sơ về ${criterionOf(p)}; đề nghị tiếp tục thẩm định.`,
  }),
  'survey-reminder': (p, unit) => ({
    subject: `Nhắc lấy ý kiến sự hài lòng: ${unit}`,
    body: `Đợt lấy ý kiến sự hài lòng của người dân ${unit} kết thúc ngày ${vietnameseDate(p.dueDate)}. Đề nghị Mặt trận Tổ quốc hoàn thành việc thu phiếu.`,
  }),
  'survey-closing-date-passed': (p, unit) => ({
    subject: `Đã hết hạn lấy ý kiến: ${unit}`,
    body: `Đợt lấy ý kiến sự hài lòng của người dân ${unit} đã hết hạn ngày ${vietnameseDate(p.dueDate)}. Đề nghị tổng hợp và xác nhận kết quả.`,
  }),
  'council-invitation': (p, unit) => ({
    subject: `Mời họp hội đồng: ${unit}`,
    body: `Đồng chí được mời tham gia phiên họp số ${p.session ?? ''} của hội đồng xét hồ sơ ${unit} và bỏ phiếu kín.`,
  }),
  'council-quorum-overdue': (p, unit) => ({
    subject: `Hội đồng chưa đủ số thành viên: ${unit}`,
    body: `Phiên họp số ${p.session ?? ''} xét hồ sơ ${unit} chưa đủ số thành viên bỏ phiếu đến hạn ${vietnameseDate(p.dueDate)}.`,
  }),
  'dossier-returned': (p, unit) => ({
    subject: `Hồ sơ bị trả lại: ${unit}`,
    body: `Hồ sơ của ${unit} bị trả lại với lý do: ${(p.reasons ?? []).join('; ')}.`,
  }),
  'dossier-recognised': (p, unit) => ({
    subject: `Quyết định công nhận: ${unit}`,
    body: `${unit} được công nhận đạt chuẩn ${levelName(p.level)} năm ${p.year ?? ''} theo Quyết định số ${p.decisionNumber ?? ''}.`,
  }),
  'recognition-announced': (p, unit) => ({
    subject: `Công bố kết quả công nhận: ${unit}`,
    body: `Quyết định số ${p.decisionNumber ?? ''} công nhận ${unit} đã được công bố công khai.`,
  }),
  'revocation-proposed': (p, unit) => ({
    subject: `Đề nghị thu hồi quyết định công nhận: ${unit}`,
    body: `Có đề nghị thu hồi quyết định công nhận của ${unit}. Hạn giải trình: ${vietnameseDate(p.dueDate)}.`,
  }),
  'revocation-explanation-overdue': (p, unit) => ({
    subject: `Hết hạn giải trình đề nghị thu hồi: ${unit}`,
    body: `Đã hết hạn giải trình (${vietnameseDate(p.dueDate)}) mà ${unit} chưa giải trình về đề nghị thu hồi quyết định công nhận; việc xem xét thu hồi được tiếp tục theo quy định.`,
  }),
  'recognition-revoked': (p, unit) => ({
    subject: `Quyết định thu hồi công nhận: ${unit}`,
    body:
      `Quyết định số ${p.decisionNumber ?? ''} ngày ${vietnameseDate(p.decisionDate)} thu hồi quyết định công nhận ${unit} đạt chuẩn ${levelName(p.level)}.` +
      (p.unmetCriteria?.length ? ` Tiêu chí không đạt: ${p.unmetCriteria.join('; ')}.` : ''),
  }),
};

export function renderNotification(
  kind: NotificationKind,
  params: NotificationParams,
  context: RenderContext,
): RenderedNotification {
  return TEMPLATES[kind](params, context.unitName);
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

const levelName = (level: string | undefined) =>
  level && level in LEVEL_NAMES ? LEVEL_NAMES[level as Level].vi : 'nông thôn mới';

/** The daily digest's e-mail: the day's notifications in one message, oldest first. */
export function renderDigest(day: string, notifications: readonly RenderedNotification[]): RenderedNotification {
  return {
    subject: `Tổng hợp thông báo ngày ${vietnameseDate(day)} (${notifications.length} thông báo)`,
    body: notifications.map(({ subject, body }) => `• ${subject}\n  ${body}`).join('\n\n'),
  };
}
