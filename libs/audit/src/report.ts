import type { AuditState } from './point-in-time';
import type { TimelineEntry } from './timeline';

/** Việt Nam's time of an instant, as an offline reader of the report expects it, not UTC. */
const VIETNAM_TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});
const vietnamTime = (iso: string | Date) => `${VIETNAM_TIME.format(new Date(iso))} (giờ Việt Nam)`;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (value: unknown) => String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);

const STATUS_VI: Readonly<Record<AuditState['status'], string>> = {
  unregistered: 'Chưa đăng ký',
  registered: 'Đã đăng ký',
  'self-assessed': 'Đã tự đánh giá',
  posted: 'Đang công khai lấy ý kiến',
  'posting-closed': 'Đã kết thúc lấy ý kiến',
  surveyed: 'Đã khảo sát sự hài lòng',
  'in-review': 'Đang thẩm tra / thẩm định',
  refused: 'Bị trả hồ sơ',
  recognised: 'Đã được công nhận',
  'revocation-proposed': 'Đang đề nghị thu hồi',
  revoked: 'Đã bị thu hồi',
  withdrawn: 'Đã rút hồ sơ',
};

const row = (cells: readonly unknown[]) => `<tr>${cells.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`;

export interface ReportInput {
  readonly dossierId: string;
  readonly exportedAt: Date;
  readonly entries: readonly TimelineEntry[];
  readonly state: AuditState;
  readonly verified: boolean;
}

/** The archive's human-readable page: the history sentence by sentence, then the final state. */
export function renderReport({ dossierId, exportedAt, entries, state, verified }: ReportInput): string {
  const history = entries.map((e) =>
    row([
      vietnamTime(e.recordedAt),
      e.round ?? '—',
      `${e.streamId} #${e.version}`,
      e.sentence.vi,
      e.evidence.map((f) => `${f.name} (${f.sha256})`).join(', '),
    ]),
  );
  const criteria = Object.entries(state.criteria).map(([id, verdict]) => row([id, verdict]));
  const indicators = Object.entries(state.indicators).map(([id, value]) => row([id, value]));
  const survey = state.survey
    ? `${Math.round(state.survey.rate * 1000) / 10}% (lần ${state.survey.attempt})`
    : 'chưa có';
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Hồ sơ ${escape(dossierId)} — báo cáo kiểm toán</title></head>
<body>
<h1>Báo cáo lịch sử hồ sơ ${escape(dossierId)}</h1>
<p>Xuất lúc ${escape(vietnamTime(exportedAt))}. Chuỗi băm khi xuất: ${verified ? 'toàn vẹn' : 'KHÔNG toàn vẹn'}.</p>
<h2>Diễn biến (${entries.length} sự kiện)</h2>
<table border="1"><tr><th>Thời điểm ghi</th><th>Vòng</th><th>Luồng / phiên bản</th><th>Nội dung</th><th>Tài liệu minh chứng (sha256)</th></tr>
${history.join('\n')}
</table>
<h2>Trạng thái cuối</h2>
<p>Trạng thái: ${escape(STATUS_VI[state.status])}; vòng: ${escape(state.round ?? '—')}; phiên bản: ${state.version}; khảo sát: ${escape(survey)}; số phiếu: ${state.votes}.</p>
<h3>Tiêu chí</h3><table border="1"><tr><th>Tiêu chí</th><th>Kết quả</th></tr>${criteria.join('')}</table>
<h3>Chỉ tiêu</h3><table border="1"><tr><th>Chỉ tiêu</th><th>Giá trị</th></tr>${indicators.join('')}</table>
</body></html>
`;
}
