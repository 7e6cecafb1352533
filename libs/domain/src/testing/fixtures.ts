/**
 * Small in-test criteria sets, regimes and command builders for the dossier core's tests
 * (and for other libraries' tests that need a dossier history). Not catalogue data.
 */
import type { CommandMetadata, DossierCommand, MeasuredIndicator } from '../commands';
import { decide } from '../decide';
import type { IndicatorValue } from '../evaluation';
import type { DossierEvent } from '../events';
import { evolve } from '../evolve';
import type { CriteriaSet, PinnedRules, Regime, Tier, Variant } from '../rules';
import { initialState, type DossierState } from '../state';

export const criteriaSet: CriteriaSet = {
  id: 'test-commune-ntm',
  title: 'Bộ tiêu chí thử nghiệm xã NTM',
  level: 'ntm',
  unitKind: 'commune',
  source: 'test',
  effectiveFrom: '2022-01-01',
  variantBy: 'region',
  criteria: [
    {
      id: 'c-income',
      name: 'Thu nhập',
      nameEn: 'Income',
      critical: true,
      indicators: [
        {
          id: 'i-income',
          name: 'Thu nhập bình quân đầu người',
          measure: {
            kind: 'number',
            unit: 'triệu đồng/người/năm',
            threshold: { comparison: 'gte', value: 48, byRegion: { 'northern-midlands-mountains': 42 } },
          },
        },
      ],
    },
    {
      id: 'c-poverty',
      name: 'Nghèo đa chiều',
      nameEn: 'Multidimensional poverty',
      critical: false,
      indicators: [
        {
          id: 'i-poverty',
          name: 'Tỷ lệ nghèo đa chiều',
          measure: { kind: 'number', unit: '%', threshold: { comparison: 'lte', value: 13 } },
        },
      ],
    },
    {
      id: 'c-planning',
      name: 'Quy hoạch và trường học',
      nameEn: 'Planning and schools',
      critical: false,
      indicators: [
        { id: 'i-plan', name: 'Có quy hoạch chung được duyệt', measure: { kind: 'boolean' } },
        {
          id: 'i-school',
          name: 'Trường đạt chuẩn cơ sở vật chất',
          measure: { kind: 'level', levels: ['none', 'level-1', 'level-2'], minimum: 'level-1' },
        },
      ],
    },
    {
      id: 'c-security',
      name: 'Quốc phòng và An ninh',
      nameEn: 'Defence and security',
      critical: true,
      indicators: [
        { id: 'i-security', name: 'Không có điểm nóng an ninh trật tự', measure: { kind: 'judgement' } },
        { id: 'i-militia', name: 'Xây dựng lực lượng dân quân', measure: { kind: 'boolean' } },
      ],
    },
  ],
};

export const criterionIds = criteriaSet.criteria.map((c) => c.id);

/** c-planning is assigned through its indicator; the others directly. */
export const assignments: Readonly<Record<string, string>> = {
  'c-income': 'thong-ke',
  'c-poverty': 'ldtbxh',
  'i-plan': 'xay-dung',
  'c-security': 'cong-an',
};

export const departmentOf: Readonly<Record<string, string>> = {
  'c-income': 'thong-ke',
  'c-poverty': 'ldtbxh',
  'c-planning': 'xay-dung',
  'c-security': 'cong-an',
};

const regimeBase = {
  effectiveFrom: '2022-01-01',
  satisfactionThreshold: { ntm: 0.9, advanced: 0.95, model: 0.95, modern: 0.95 },
  surveyCoverage: 0.7,
  council: { quorumShare: 2 / 3, approvalShare: 0.9, quorumWorkingDays: 5 },
  publicPostingDays: 15,
  appraisalWorkingDays: 10,
  reminderWorkingDaysBefore: 2,
  explanationWorkingDays: 5,
  revocation: { partialBand: { fromShare: 0.3, belowShare: 0.5 }, fullShare: 0.5 },
  decidingAuthority: { commune: 'Chủ tịch UBND tỉnh', village: 'Chủ tịch UBND xã', district: 'Thủ tướng Chính phủ' },
} as const;

/** Before 1 July 2025: district verification and council, then province appraisal and council. */
export const threeTierRegime: Regime = {
  ...regimeBase,
  id: 'three-tier-2022',
  title: 'Xã → huyện → tỉnh',
  effectiveTo: '2025-07-01',
  steps: [
    { tier: 'district', step: 'verification', council: true },
    { tier: 'province', step: 'appraisal', council: true },
  ],
};

/** Since 1 July 2025: the commune dossier goes straight to the province. */
export const twoTierRegime: Regime = {
  ...regimeBase,
  id: 'two-tier-2025',
  title: 'Xã → tỉnh',
  effectiveFrom: '2025-07-01',
  steps: [{ tier: 'province', step: 'appraisal', council: true }],
};

/**
 * The two-tier regime with the commune's submission dossier of QĐ 18/2022/QĐ-TTg, Điều 7 khoản 1
 * (a shortened list): two documents to upload, two the procedure produces, one optional.
 */
export const regimeWithChecklist: Regime = {
  ...twoTierRegime,
  id: 'two-tier-2025-checklist',
  submissionDocuments: [
    { id: 'to-trinh', name: 'Tờ trình', legalBasis: 'Điều 7 khoản 1 điểm a', levels: { ntm: 'required' } },
    { id: 'bien-ban-hop', name: 'Biên bản họp', legalBasis: 'Điều 7 khoản 1 điểm e', levels: { ntm: 'required' } },
    {
      id: 'bao-cao-hai-long-mttq',
      name: 'Báo cáo kết quả lấy ý kiến sự hài lòng',
      legalBasis: 'Điều 7 khoản 1 điểm đ',
      levels: { ntm: 'required' },
      producedBy: 'survey-report',
    },
    {
      id: 'bao-cao-tong-hop-y-kien',
      name: 'Báo cáo tổng hợp ý kiến tham gia',
      legalBasis: 'Điều 7 khoản 1 điểm d',
      levels: { ntm: 'required' },
      producedBy: 'posting-summary',
    },
    { id: 'tai-lieu-khac', name: 'Tài liệu khác', legalBasis: 'tự chọn', levels: { ntm: 'optional' } },
    { id: 'linh-vuc-noi-bat', name: 'Lĩnh vực nổi bật', legalBasis: 'QĐ 319', levels: { model: 'required' } },
  ],
};

export const pinnedRules = (
  regime: Regime = twoTierRegime,
  variant: Variant = { region: 'red-river-delta' },
): PinnedRules => ({
  catalogueVersion: 'test-1',
  criteriaSet,
  regime,
  variant,
  assignments,
});

export const NOW = '2026-04-01T02:00:00.000Z';
export const POSTED_FROM = '2026-03-01T00:00:00.000Z';
export const POSTED_UNTIL = '2026-03-16T00:00:00.000Z';
export const SHA = 'a'.repeat(64);
export const evidence = [{ sha256: SHA, name: 'bien-ban.pdf' }];

let sequence = 0;
export const meta = (overrides: Partial<CommandMetadata> = {}): CommandMetadata => ({
  actor: 'commune-officer-1',
  role: 'commune-officer',
  unit: 'xa-01',
  commandId: `cmd-${++sequence}`,
  now: NOW,
  ...overrides,
});

export const metValues: Readonly<Record<string, IndicatorValue>> = {
  'i-income': 50,
  'i-poverty': 5,
  'i-plan': true,
  'i-school': 'level-2',
  'i-security': 'Không có điểm nóng',
  'i-militia': true,
};

export const measured = (values: Readonly<Record<string, IndicatorValue>>): MeasuredIndicator[] =>
  Object.entries(values).map(([indicatorId, value]) => ({ indicatorId, value, evidence }));

export const appraiserOf = (criterionId: string): string => `appraiser-${departmentOf[criterionId]}`;
export const councilMembers = ['member-1', 'member-2', 'member-3', 'member-4', 'member-5'];

type Over = Partial<CommandMetadata>;

/** Command builders with valid defaults. */
export const cmd = {
  register: (rules: PinnedRules = pinnedRules(), m: Over = {}): DossierCommand => ({
    type: 'RegisterDossier',
    data: {
      dossierId: 'd-1',
      unit: { code: 'xa-01', kind: 'commune' },
      province: 'ha-nam',
      level: 'ntm',
      year: 2026,
      rules,
    },
    metadata: meta(m),
  }),
  /** With the security and order condition declared, as the shipped commune sets ask. */
  selfAssess: (values = metValues, outstandingDebt = false): DossierCommand => ({
    type: 'RecordSelfAssessment',
    data: {
      indicators: measured(values),
      constructionDebt: { outstanding: outstandingDebt, evidence },
      securityAndOrder: { complicated: false, evidence },
    },
    metadata: meta(),
  }),
  post: (postedFrom = POSTED_FROM, postedUntil = POSTED_UNTIL): DossierCommand => ({
    type: 'PostResults',
    data: { postedFrom, postedUntil, places: ['Nhà văn hóa thôn 1'] },
    metadata: meta({ now: postedFrom }),
  }),
  comment: (commentId = 'cm-1'): DossierCommand => ({
    type: 'RecordComment',
    data: {
      commentId,
      author: 'Người dân thôn 1',
      content: 'Đường thôn còn hỏng',
      receivedOn: '2026-03-05T00:00:00.000Z',
    },
    metadata: meta({ now: '2026-03-05T00:00:00.000Z' }),
  }),
  answer: (commentId = 'cm-1'): DossierCommand => ({
    type: 'AnswerComment',
    data: { commentId, answer: 'Đã sửa xong' },
    metadata: meta({ now: '2026-03-10T00:00:00.000Z' }),
  }),
  closePosting: (now = NOW): DossierCommand => ({ type: 'CloseCommentPeriod', data: {}, metadata: meta({ now }) }),
  survey: (respondents = 100, satisfied = 95): DossierCommand => ({
    type: 'RecordSurveyResult',
    data: { respondents, satisfied, certifiedBy: 'MTTQ xã', report: evidence },
    metadata: meta({ actor: 'mttq-1', role: 'survey-officer' }),
  }),
  submit: (tier: Tier): DossierCommand => ({ type: 'SubmitForReview', data: { tier }, metadata: meta() }),
  attachDocument: (documentId: string, file = evidence[0]!): DossierCommand => ({
    type: 'AttachSubmissionDocument',
    data: { documentId, file },
    metadata: meta(),
  }),
  detachDocument: (documentId: string, sha256 = SHA): DossierCommand => ({
    type: 'DetachSubmissionDocument',
    data: { documentId, sha256 },
    metadata: meta(),
  }),
  assign: (tier: Tier, dueDate = '2026-04-15'): DossierCommand => ({
    type: 'AssignCriteria',
    data: { tier, dueDate },
    metadata: meta({ actor: 'coordinator-1', role: 'coordinator' }),
  }),
  appraise: (
    criterionId: string,
    verdict: 'met' | 'not-met' = 'met',
    options: { department?: string; actor?: string; judgements?: Record<string, 'met' | 'not-met'> } = {},
  ): DossierCommand => ({
    type: 'AppraiseCriterion',
    data: {
      criterionId,
      department: options.department ?? departmentOf[criterionId] ?? 'unknown',
      verdict,
      findings: verdict === 'met' ? 'Đạt' : 'Chưa đạt',
      judgements: options.judgements ?? (criterionId === 'c-security' ? { 'i-security': verdict } : {}),
    },
    metadata: meta({ actor: options.actor ?? appraiserOf(criterionId), role: 'appraiser' }),
  }),
  requestSupplement: (criterionId: string, department = departmentOf[criterionId] ?? 'unknown'): DossierCommand => ({
    type: 'RequestSupplement',
    data: { criterionId, department, reason: 'Thiếu biên bản' },
    metadata: meta({ actor: appraiserOf(criterionId), role: 'appraiser' }),
  }),
  provideSupplement: (criterionId: string, values: Readonly<Record<string, IndicatorValue>> = {}): DossierCommand => ({
    type: 'ProvideSupplement',
    data: { criterionId, note: 'Bổ sung biên bản', documents: evidence, indicators: measured(values) },
    metadata: meta(),
  }),
  extend: (criterionId: string, dueDate = '2026-04-30'): DossierCommand => ({
    type: 'ExtendDeadline',
    data: { criterionId, dueDate, reason: 'Sở đề nghị gia hạn' },
    metadata: meta({ actor: 'coordinator-1', role: 'coordinator' }),
  }),
  complete: (tier: Tier): DossierCommand => ({
    type: 'CompleteReviewStep',
    data: { tier },
    metadata: meta({ actor: 'coordinator-1', role: 'coordinator' }),
  }),
  openCouncil: (tier: Tier, members = councilMembers): DossierCommand => ({
    type: 'OpenCouncil',
    data: { tier, members },
    metadata: meta({ actor: 'secretary-1', role: 'council-secretary' }),
  }),
  vote: (memberId: string, approve = true): DossierCommand => ({
    type: 'CastVote',
    data: { memberId, approve, comment: approve ? 'Đồng ý' : 'Không đồng ý' },
    metadata: meta({ actor: memberId, role: 'council-member' }),
  }),
  closeCouncil: (tier: Tier): DossierCommand => ({
    type: 'CloseCouncil',
    data: { tier },
    metadata: meta({ actor: 'secretary-1', role: 'council-secretary' }),
  }),
  issue: (decisionNumber = '123/QĐ-UBND'): DossierCommand => ({
    type: 'IssueDecision',
    data: { decisionNumber, decisionDate: '2026-05-01', signer: 'Chủ tịch UBND tỉnh' },
    metadata: meta({ actor: 'approver-1', role: 'approver' }),
  }),
  announceRecognition: (announcedOn = '2026-05-05'): DossierCommand => ({
    type: 'AnnounceRecognition',
    data: { announcedOn, places: ['Cổng thông tin điện tử tỉnh', 'Trụ sở UBND xã'] },
    metadata: meta({ actor: 'coordinator-1', role: 'province-coordinator' }),
  }),
  /** `null`: a reason about the whole dossier (the council did not approve). */
  refuse: (criterionId: string | null = 'c-income'): DossierCommand => ({
    type: 'RefuseDossier',
    data: { reasons: [{ ...(criterionId ? { criterionId } : {}), reason: 'Chưa đạt' }] },
    metadata: meta({ actor: 'approver-1', role: 'approver' }),
  }),
  resubmit: (): DossierCommand => ({ type: 'ResubmitDossier', data: { note: 'Đã khắc phục' }, metadata: meta() }),
  withdraw: (): DossierCommand => ({ type: 'WithdrawDossier', data: { reason: 'Xã xin rút' }, metadata: meta() }),
  carryOver: (successor = 'xa-moi', note = 'Xã mới hình thành từ xã-01 tiếp nhận hồ sơ'): DossierCommand => ({
    type: 'CarryOverDossier',
    data: { successor: { code: successor, kind: 'commune' }, note },
    metadata: meta({ actor: 'coordinator-1', role: 'province-coordinator' }),
  }),
  closeOnMerger: (successor = 'xa-moi', reason = 'Xã mới tự đánh giá lại theo bộ tiêu chí mới'): DossierCommand => ({
    type: 'CloseOnMerger',
    data: { successor: { code: successor, kind: 'commune' }, reason },
    metadata: meta({ actor: 'coordinator-1', role: 'province-coordinator' }),
  }),
  proposeRevocation: (unmetCriterionIds: string[]): DossierCommand => ({
    type: 'ProposeRevocation',
    data: { unmetCriterionIds, grounds: 'Kiểm tra năm 2027' },
    metadata: meta({ actor: 'coordinator-1', role: 'coordinator' }),
  }),
  revoke: (decisionNumber = '900/QĐ-UBND'): DossierCommand => ({
    type: 'DecideRevocation',
    data: { outcome: 'revoke', decisionNumber, decisionDate: '2027-06-01', signer: 'Chủ tịch UBND tỉnh' },
    metadata: meta({ actor: 'approver-1', role: 'approver' }),
  }),
  explainRevocation: (explanation = 'Xã đã khắc phục tiêu chí Thu nhập'): DossierCommand => ({
    type: 'ExplainRevocation',
    data: { explanation, evidence },
    metadata: meta(),
  }),
  explanationOverdue: (dueDate: string, now: string): DossierCommand => ({
    type: 'RecordExplanationOverdue',
    data: { dueDate },
    metadata: meta({ actor: 'he-thong', role: 'system', now }),
  }),
  dismissRevocation: (): DossierCommand => ({
    type: 'DecideRevocation',
    data: { outcome: 'dismiss', reason: 'Đã khắc phục' },
    metadata: meta({ actor: 'approver-1', role: 'approver' }),
  }),
};

/** The commands of one review step that clears it: dispatch, appraise all met, consolidate, council approves. */
export const clearStep = (tier: Tier): DossierCommand[] => [
  cmd.submit(tier),
  cmd.assign(tier),
  ...criterionIds.map((id) => cmd.appraise(id)),
  cmd.complete(tier),
  cmd.openCouncil(tier),
  ...councilMembers.map((m) => cmd.vote(m)),
  cmd.closeCouncil(tier),
];

/** Commands from registration to a passed survey. */
export const filingCommands = (rules: PinnedRules = pinnedRules()): DossierCommand[] => [
  cmd.register(rules),
  cmd.selfAssess(),
  cmd.post(),
  cmd.comment(),
  cmd.answer(),
  cmd.closePosting(),
  cmd.survey(),
];

/** The whole happy path to recognition under a regime; one code path for any number of tiers. */
export const recognitionCommands = (regime: Regime = twoTierRegime): DossierCommand[] => [
  ...filingCommands(pinnedRules(regime)),
  ...regime.steps.flatMap((s) => clearStep(s.tier)),
  cmd.issue(),
];

/** Runs commands through decide/evolve; throws on the first refusal (fixtures must be valid). */
export function run(
  commands: readonly DossierCommand[],
  from: { state: DossierState; events: readonly DossierEvent[] } = { state: initialState(), events: [] },
): { state: DossierState; events: DossierEvent[] } {
  let state = from.state;
  const events = [...from.events];
  for (const command of commands) {
    const result = decide(command, state);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code}`);
    events.push(...result.value);
    state = result.value.reduce(evolve, state);
  }
  return { state, events };
}

export const history = (...commands: DossierCommand[]): DossierEvent[] => run(commands).events;
