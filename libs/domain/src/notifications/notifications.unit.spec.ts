import { type DossierContext, notificationsOf } from './derive';
import { NOTIFICATION_KINDS, type NotificationParams } from './notification';
import { renderDigest, renderNotification } from './templates';

const dossier: DossierContext = {
  dossierId: 'd-1',
  unitCode: '02005',
  province: '19',
  district: '063',
  level: 'ntm',
  year: 2026,
  criterionNames: { 'c-income': 'Thu nhập', 'c-planning': 'Quy hoạch' },
  supplementDepartments: { 'c-income': 'SNNMT' },
};
const event = (type: string, data: unknown) => ({ eventId: 'e-1', type, data });
const assigned = (tier: string) =>
  event('CriteriaAssigned', {
    tier,
    round: 1,
    stepIndex: 0,
    assignments: [
      { criterionId: 'c-income', department: 'SNNMT', dueDate: '2026-04-15' },
      { criterionId: 'c-planning', department: 'SNNMT', dueDate: '2026-04-15' },
    ],
  });

describe('who is told what (event → notifications)', () => {
  it('a dispatch tells the department appraisers of the province, one notification per criterion with its due date', () => {
    const told = notificationsOf(assigned('province'), dossier);
    expect(told.map((n) => [n.kind, n.audience, n.params.criterionId, n.params.dueDate])).toEqual([
      [
        'criterion-dispatched',
        { role: 'department-appraiser', unit: '19', department: 'SNNMT' },
        'c-income',
        '2026-04-15',
      ],
      [
        'criterion-dispatched',
        { role: 'department-appraiser', unit: '19', department: 'SNNMT' },
        'c-planning',
        '2026-04-15',
      ],
    ]);
    expect(new Set(told.map((n) => n.key)).size).toBe(2);
  });

  it('under three tiers the district divisions verify: the district appraisers are told', () => {
    const [first] = notificationsOf(assigned('district'), dossier);
    expect(first.audience).toEqual({ role: 'district-appraiser', unit: '063', department: 'SNNMT' });
  });

  it('the same event gives the same keys: a replay tells nobody twice', () => {
    expect(notificationsOf(assigned('province'), dossier)).toEqual(notificationsOf(assigned('province'), dossier));
  });

  it('an overdue appraisal is escalated to the province coordinator, a reminder goes to the department', () => {
    const notice = { criterionId: 'c-income', department: 'SNNMT', dueDate: '2026-04-15' };
    expect(notificationsOf(event('AppraisalOverdue', notice), dossier)[0]).toMatchObject({
      kind: 'appraisal-overdue',
      audience: { role: 'province-coordinator', unit: '19' },
    });
    expect(notificationsOf(event('AppraisalReminderSent', notice), dossier)[0]).toMatchObject({
      kind: 'appraisal-reminder',
      audience: { role: 'department-appraiser', unit: '19', department: 'SNNMT' },
    });
  });

  it('a supplement request goes to the commune, the supplement back to the department that asked', () => {
    const requested = event('SupplementRequested', { criterionId: 'c-income', department: 'SNNMT', reason: 'Thiếu' });
    expect(notificationsOf(requested, dossier)[0].audience).toEqual({ role: 'commune-officer', unit: '02005' });
    const provided = event('SupplementProvided', { criterionId: 'c-income' });
    expect(notificationsOf(provided, dossier)[0].audience).toMatchObject({ department: 'SNNMT' });
  });

  it('a council session invites each member by name', () => {
    const opened = event('CouncilOpened', { session: 2, members: ['a', 'b'] });
    expect(notificationsOf(opened, dossier).map((n) => n.audience)).toEqual([{ userId: 'a' }, { userId: 'b' }]);
  });

  it('a quorum not met tells the council secretary and the coordinator', () => {
    const overdue = event('CouncilQuorumOverdue', { tier: 'province', session: 1, dueDate: '2026-05-01' });
    expect(notificationsOf(overdue, dossier).map((n) => n.audience.role)).toEqual([
      'council-secretary',
      'province-coordinator',
    ]);
  });

  it('a revocation proposal tells the commune the date by which it must explain', () => {
    const proposed = event('RevocationProposed', { unmetCriterionIds: ['c-income'], explanationDueDate: '2026-06-12' });
    expect(notificationsOf(proposed, dossier).map((n) => [n.kind, n.audience, n.params.dueDate])).toEqual([
      ['revocation-proposed', { role: 'commune-officer', unit: '02005' }, '2026-06-12'],
    ]);
  });

  it('an explanation period ended without an explanation tells the commune and the coordinator, with its date', () => {
    const overdue = event('RevocationExplanationOverdue', { dueDate: '2026-06-12' });
    expect(notificationsOf(overdue, dossier).map((n) => [n.kind, n.audience, n.params.dueDate])).toEqual([
      ['revocation-explanation-overdue', { role: 'commune-officer', unit: '02005' }, '2026-06-12'],
      ['revocation-explanation-overdue', { role: 'province-coordinator', unit: '19' }, '2026-06-12'],
    ]);
  });

  it('a revocation decision tells the commune and the coordinator its number, date and the criteria it stands on', () => {
    const revoked = event('RecognitionRevoked', {
      decisionNumber: '45/QĐ-UBND',
      decisionDate: '2026-07-01',
      signer: 'Chủ tịch',
      unmetCriterionIds: ['c-income', 'c-unknown'],
      authority: 'UBND tỉnh',
    });
    const told = notificationsOf(revoked, dossier);
    expect(told.map((n) => n.audience)).toEqual([
      { role: 'commune-officer', unit: '02005' },
      { role: 'province-coordinator', unit: '19' },
    ]);
    expect(told[0]).toMatchObject({
      kind: 'recognition-revoked',
      params: {
        decisionNumber: '45/QĐ-UBND',
        decisionDate: '2026-07-01',
        level: 'ntm',
        unmetCriteria: ['Thu nhập', 'c-unknown'],
      },
    });
    expect(new Set(told.map((n) => n.key)).size).toBe(2);
  });

  it('events that tell nobody give nothing', () => {
    expect(notificationsOf(event('VoteCast', { session: 1 }), dossier)).toEqual([]);
  });
});

describe('the templates (Vietnamese, with diacritics)', () => {
  const params: NotificationParams = {
    dossierId: 'd-1',
    unitCode: '02005',
    criterionId: 'c-income',
    criterionName: 'Thu nhập',
    dueDate: '2026-04-15',
    reason: 'Thiếu biên bản',
    reasons: ['Thu nhập: chưa đạt'],
    decisionNumber: '123/QĐ-UBND',
    decisionDate: '2026-04-20',
    unmetCriteria: ['Thu nhập', 'Quy hoạch'],
    session: 1,
    level: 'advanced',
    year: 2026,
  };
  const render = (kind: (typeof NOTIFICATION_KINDS)[number]) =>
    renderNotification(kind, params, { unitName: 'Xã Quân Hà' });

  it.each(NOTIFICATION_KINDS)('%s names the unit and reads as Vietnamese in NFC', (kind) => {
    const { subject, body } = render(kind);
    expect(subject).toContain('Xã Quân Hà');
    expect(subject + body).toBe((subject + body).normalize('NFC'));
    expect(subject + body).not.toMatch(/undefined|\?\?|\uFFFD/);
    expect(body).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
  });

  it('a dispatch gives the criterion and its due date the Vietnamese way', () => {
    expect(render('criterion-dispatched')).toEqual({
      subject: 'Tiêu chí cần thẩm định: Xã Quân Hà',
      body: 'Hồ sơ của Xã Quân Hà đã được chuyển đến Sở để thẩm định tiêu chí “Thu nhập”. Hạn thẩm định: 15/04/2026.',
    });
  });

  it('a recognition names the level and the decision', () => {
    expect(render('dossier-recognised').body).toBe(
      'Xã Quân Hà được công nhận đạt chuẩn nông thôn mới nâng cao năm 2026 theo Quyết định số 123/QĐ-UBND.',
    );
  });

  it('a revocation proposal gives the explanation deadline', () => {
    expect(render('revocation-proposed').body).toContain('Hạn giải trình: 15/04/2026.');
  });

  it('the end of the explanation period gives its date and says the revocation goes on', () => {
    expect(render('revocation-explanation-overdue')).toEqual({
      subject: 'Hết hạn giải trình đề nghị thu hồi: Xã Quân Hà',
      body: 'Đã hết hạn giải trình (15/04/2026) mà Xã Quân Hà chưa giải trình về đề nghị thu hồi quyết định công nhận; việc xem xét thu hồi được tiếp tục theo quy định.',
    });
  });

  it('a revocation decision gives its number, date, level and the criteria not met', () => {
    expect(render('recognition-revoked')).toEqual({
      subject: 'Quyết định thu hồi công nhận: Xã Quân Hà',
      body: 'Quyết định số 123/QĐ-UBND ngày 20/04/2026 thu hồi quyết định công nhận Xã Quân Hà đạt chuẩn nông thôn mới nâng cao. Tiêu chí không đạt: Thu nhập; Quy hoạch.',
    });
    const withoutCriteria = renderNotification(
      'recognition-revoked',
      { ...params, unmetCriteria: [] },
      { unitName: 'Xã Quân Hà' },
    );
    expect(withoutCriteria.body).toMatch(/nâng cao\.$/);
  });

  it("the daily digest counts the day's notifications and lists each", () => {
    const digest = renderDigest('2026-04-14', [render('appraisal-reminder'), render('supplement-provided')]);
    expect(digest.subject).toBe('Tổng hợp thông báo ngày 14/04/2026 (2 thông báo)');
    expect(digest.body).toBe(
      [
        '• Sắp đến hạn thẩm định: Xã Quân Hà\n  Tiêu chí “Thu nhập” của hồ sơ Xã Quân Hà cần được thẩm định trước ngày 15/04/2026.',
        '• Đã bổ sung hồ sơ: Xã Quân Hà\n  Xã Quân Hà đã bổ sung hồ sơ về tiêu chí “Thu nhập”; đề nghị tiếp tục thẩm định.',
      ].join('\n\n'),
    );
  });
});
