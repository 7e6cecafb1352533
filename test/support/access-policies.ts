import { type Role, ROLES } from '@ntm/auth';

import type { AccessPolicies, AccessPolicy } from './access-matrix';

/*
 * THE ACCESS POLICY OF EVERY ROUTE, as the access matrix (test/e2e/access-matrix.e2e.spec.ts)
 * checks it. The matrix reads the routes the running application registered; a route missing
 * here, or declared here but not routed, fails the test.
 *
 * Adding an endpoint: add one entry, keyed `METHOD /full/path` exactly as routed (Fastify path
 * syntax, `:param`), saying
 *   - `roles`: who may call it ('public', 'authenticated', or the roles; auditors never write);
 *   - `target`: what it acts on — 'dossier' (`:dossierId`/`:id` is a dossier), 'account'
 *     (`:id` is a user id), 'unit' (`:code` or the body's unit); omit when it has no jurisdiction
 *     (lists and queues: the matrix then checks that nothing out of scope appears in the answer);
 *   - `department: true` for appraisal routes (another department than the criterion's: 403);
 *   - `request(params)`: a VALID body / query string (a 400 is not counted as "allowed": the case
 *     must reach the handler), from the target's params: dossierId, id, code, criterionId, commentId,
 *     grantId, unit (see the fixtures in the spec);
 *   - `listsDossiers: true` when the answer lists dossiers (every dossier in scope must show).
 * "Allowed" means the guard let the call through: 2xx, or a domain refusal (409, 422, or a 404
 * with a domain code), since the fixtures are not in the state every command needs.
 */

const PROVINCE_WORK: readonly Role[] = ['province-coordinator', 'district-coordinator'];
/** Everyone in the procedure reads dossiers in their jurisdiction; administrators manage accounts. */
const DOSSIER_READERS = ROLES.filter((role) => role !== 'administrator');
const AUDIT_READERS: readonly Role[] = ['auditor', 'province-coordinator', 'administrator'];
const ACCOUNT_READERS: readonly Role[] = ['administrator', 'province-coordinator', 'auditor'];
const SURVEY_READERS: readonly Role[] = ['survey-officer', 'auditor', 'province-coordinator', 'district-coordinator'];
const COMMUNE_READERS: readonly Role[] = [
  'commune-officer',
  'province-coordinator',
  'approver',
  'auditor',
  'administrator',
];
const EVIDENCE = [{ sha256: 'a'.repeat(64), name: 'minh-chung.pdf' }];

const command = (roles: readonly Role[], body: unknown, extra: Partial<AccessPolicy> = {}): AccessPolicy => ({
  roles,
  target: 'dossier',
  request: () => ({ body }),
  ...extra,
});
const auditRead = (query?: string): AccessPolicy => ({
  roles: AUDIT_READERS,
  target: 'dossier',
  ...(query ? { request: () => ({ query }) } : {}),
});
const queue = (roles: readonly Role[]): AccessPolicy => ({ roles });

export const ACCESS_POLICIES: AccessPolicies = {
  // Platform: probes and docs are public.
  'GET /health': { roles: 'public' },
  'GET /metrics': { roles: 'public' },
  'POST /api/v1/auth/dev-login': { roles: 'public', request: () => ({ body: { userId: 'can-bo-quan-ha' } }) },
  'GET /api/v1/auth/me': { roles: 'authenticated' },
  // The caller's own inbox (#23): what it holds depends on their grants, never on a target.
  'GET /api/v1/me/notifications': { roles: 'authenticated' },
  'POST /api/v1/me/notifications/:notificationId/read': { roles: 'authenticated' },
  'POST /api/v1/me/notifications/read-all': { roles: 'authenticated' },
  'GET /api/v1/me/notification-preferences': { roles: 'authenticated' },
  'PUT /api/v1/me/notification-preferences': {
    roles: 'authenticated',
    request: () => ({ body: { emailEnabled: true, email: 'nguoi-dung@ntm.localhost' } }),
  },
  'GET /api/v1/auth/dev-login/users': { roles: 'public' },
  'GET /api/v1/auth/login-options': { roles: 'public' },
  'POST /api/v1/diagnostics/round-trips': { roles: ['administrator'] },
  'GET /api/v1/admin/projections': { roles: ['administrator'] },
  'POST /api/v1/admin/projections/:name/rebuild': { roles: ['administrator'] },

  // Administration of accounts and units (apps/api/src/admin).
  'GET /api/v1/admin/users': { roles: ACCOUNT_READERS },
  'GET /api/v1/admin/users/:id': { roles: ACCOUNT_READERS, target: 'account' },
  'POST /api/v1/admin/users': {
    roles: ['administrator'],
    target: 'unit',
    request: ({ code }) => ({ body: { userId: `moi-${code}`, name: 'Người dùng mới', unit: code } }),
  },
  'POST /api/v1/admin/users/:id/grants': {
    roles: ['administrator', 'province-coordinator'],
    target: 'account',
    request: ({ grantUnit }) => ({ body: { role: 'council-member', unit: grantUnit } }),
  },
  'DELETE /api/v1/admin/users/:id/grants/:grantId': {
    roles: ['administrator', 'province-coordinator'],
    target: 'account',
  },
  'POST /api/v1/admin/users/:id/deactivation': { roles: ['administrator'], target: 'account' },
  'GET /api/v1/admin/units/:code': { roles: ACCOUNT_READERS, target: 'unit' },
  'GET /api/v1/admin/units/:code/children': { roles: ACCOUNT_READERS, target: 'unit' },

  // Dossier queries and work queues (apps/api/src/dossier-queries).
  'GET /api/v1/dossiers': { roles: DOSSIER_READERS, listsDossiers: true, request: () => ({ query: 'limit=100' }) },
  'GET /api/v1/dossiers/:id': { roles: DOSSIER_READERS, target: 'dossier' },
  'GET /api/v1/dossiers/:id/assessment': { roles: DOSSIER_READERS, target: 'dossier' },
  'GET /api/v1/work-queues/department': queue(['department-appraiser', 'district-appraiser']),
  'GET /api/v1/work-queues/council': queue([
    'council-member',
    'council-secretary',
    'district-council-member',
    'province-coordinator',
    'district-coordinator',
    'auditor',
  ]),
  'GET /api/v1/work-queues/commune': queue(['commune-officer', 'auditor']),
  'GET /api/v1/work-queues/coordinator': queue(['province-coordinator', 'district-coordinator', 'auditor']),

  // Audit (apps/api/src/audit): dossier reads are scoped by the dossier, the search by its results.
  'GET /api/v1/audit/dossiers/:id/timeline': auditRead(),
  'GET /api/v1/audit/dossiers/:id/state': auditRead('version=1'),
  'GET /api/v1/audit/dossiers/:id/diff': auditRead('from=1&to=2'),
  'GET /api/v1/audit/dossiers/:id/export': auditRead(),
  'GET /api/v1/audit/events': { roles: AUDIT_READERS, request: () => ({ query: 'limit=1000' }) },
  'GET /api/v1/audit/verify': {
    roles: ['auditor', 'administrator'],
    target: 'dossier',
    request: ({ dossierId }) => ({ query: `stream=dossier-${dossierId}` }),
  },
  // Signed checkpoints (issue #20): administrators sign one now; auditors read the signed root.
  'POST /api/v1/audit/checkpoints': { roles: ['administrator'] },
  'GET /api/v1/audit/checkpoints/latest': { roles: ['auditor', 'administrator'] },

  // Dossier commands (apps/api/src/dossiers): registration is scoped by the unit in the body.
  'POST /api/v1/dossiers': {
    roles: ['commune-officer', 'district-coordinator', 'province-coordinator'],
    target: 'unit',
    request: ({ code }) => ({ body: { unitCode: code, level: 'ntm', year: 2026, communeGroup: 2 } }),
  },
  'POST /api/v1/dossiers/:dossierId/self-assessment': command(['commune-officer'], {
    indicators: [{ indicatorId: 'x', value: true, evidence: EVIDENCE }],
    constructionDebt: { outstanding: false, evidence: EVIDENCE },
    securityAndOrder: { complicated: false, evidence: EVIDENCE },
  }),
  'POST /api/v1/dossiers/:dossierId/posting': command(['commune-officer'], {
    postedFrom: '2026-01-05T00:00:00Z',
    postedUntil: '2026-01-25T00:00:00Z',
    places: ['Nhà văn hóa xã'],
  }),
  'POST /api/v1/dossiers/:dossierId/comments': command(['commune-officer'], {
    author: 'Người dân',
    content: 'Ý kiến',
    receivedOn: '2026-01-10',
  }),
  'POST /api/v1/dossiers/:dossierId/comments/:commentId/answer': command(['commune-officer'], { answer: 'Trả lời' }),
  'POST /api/v1/dossiers/:dossierId/posting/closure': command(['commune-officer'], {}),
  'POST /api/v1/dossiers/:dossierId/survey-result': command(['survey-officer'], {
    respondents: 100,
    satisfied: 90,
    households: 120,
    certifiedBy: 'Ban Thường trực UBMTTQ xã',
    report: EVIDENCE,
  }),
  'POST /api/v1/dossiers/:dossierId/submissions': command(['commune-officer', 'district-coordinator'], {
    tier: 'province',
  }),
  // The submission dossier of QĐ 18/2022/QĐ-TTg, Điều 7 (#21): the commune assembles it, every reader sees it.
  'POST /api/v1/dossiers/:dossierId/submission-documents/:documentId': command(['commune-officer'], EVIDENCE[0]),
  'POST /api/v1/dossiers/:dossierId/submission-documents/:documentId/detachment': command(['commune-officer'], {
    sha256: EVIDENCE[0]!.sha256,
  }),
  'GET /api/v1/dossiers/:id/submission-checklist': { roles: DOSSIER_READERS, target: 'dossier' },
  'POST /api/v1/dossiers/:dossierId/resubmission': command(['commune-officer'], { note: 'Nộp lại' }),
  'POST /api/v1/dossiers/:dossierId/withdrawal': command(['commune-officer'], { reason: 'Rút hồ sơ' }),
  'POST /api/v1/dossiers/:dossierId/criteria/:criterionId/appraisal': command(
    ['department-appraiser', 'district-appraiser'],
    { verdict: 'not-met', findings: 'Chưa đạt' },
    { department: true },
  ),
  'POST /api/v1/dossiers/:dossierId/criteria/:criterionId/supplement-requests': command(
    ['department-appraiser', 'district-appraiser'],
    { reason: 'Bổ sung biên bản' },
    { department: true },
  ),
  'POST /api/v1/dossiers/:dossierId/criteria/:criterionId/supplements': command(['commune-officer'], {
    note: 'Đã bổ sung',
    documents: EVIDENCE,
    indicators: [],
  }),
  'POST /api/v1/dossiers/:dossierId/criteria/:criterionId/deadline-extensions': command(PROVINCE_WORK, {
    // A year on: later than any appraisal due date a dossier dispatched today can have.
    dueDate: new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10),
    reason: 'Gia hạn',
  }),
  // District roles act on the district step only: a district body lets both levels reach the domain.
  'POST /api/v1/dossiers/:dossierId/review-step/completion': command(PROVINCE_WORK, { tier: 'district' }),
  'POST /api/v1/dossiers/:dossierId/council': command(['council-secretary', 'district-coordinator'], {
    tier: 'district',
    members: ['thanh-vien-1', 'thanh-vien-2', 'thanh-vien-3'],
  }),
  'POST /api/v1/dossiers/:dossierId/council/votes': command(['council-member', 'district-council-member'], {
    approve: true,
  }),
  'POST /api/v1/dossiers/:dossierId/council/closure': command(['council-secretary', 'district-coordinator'], {
    tier: 'district',
  }),
  'POST /api/v1/dossiers/:dossierId/recognition-announcement': command(['province-coordinator'], {
    announcedOn: '2027-06-02',
    places: ['Cổng thông tin điện tử tỉnh'],
  }),
  'POST /api/v1/dossiers/:dossierId/decision': command(['approver'], {
    decisionNumber: '1/QĐ-UBND',
    decisionDate: '2026-11-20',
    signer: 'Chủ tịch UBND tỉnh',
  }),
  'POST /api/v1/dossiers/:dossierId/refusal': command(['approver'], { reasons: [{ reason: 'Chưa đạt' }] }),
  'POST /api/v1/dossiers/:dossierId/revocation-proposal': command(PROVINCE_WORK, {
    unmetCriterionIds: ['x'],
    grounds: 'Không còn đạt',
  }),
  'POST /api/v1/dossiers/:dossierId/revocation-decision': command(['approver'], {
    outcome: 'dismiss',
    reason: 'Vẫn đạt',
  }),
  'POST /api/v1/dossiers/:dossierId/revocation-explanation': command(['commune-officer'], {
    explanation: 'Giải trình',
    evidence: EVIDENCE,
  }),
  // Since 1/7/2025 the commune organises the residents' consultation (Nghị định 131/2025/NĐ-CP, Điều 44).
  'POST /api/v1/dossiers/:dossierId/revocation-consultation': command(['commune-officer'], {
    heldOn: '2027-05-20',
    participants: 320,
    inFavour: 250,
    summary: 'Đa số đồng ý thu hồi',
    evidence: EVIDENCE,
  }),
  // Periodic review and the revocation steps (#9): the provincial coordinator runs them.
  'POST /api/v1/dossiers/:dossierId/review-rounds': command(['province-coordinator'], {
    indicators: [{ indicatorId: 'x', value: 1, evidence: EVIDENCE }],
  }),
  'POST /api/v1/dossiers/:dossierId/revocation-case/resolution': command(['province-coordinator'], {
    outcome: 'close',
    reason: 'Số liệu nhập sai',
  }),
  'POST /api/v1/dossiers/:dossierId/revocation-verification': command(['province-coordinator'], {
    findings: [{ criterionId: 'x', met: false, findings: 'Không đạt', evidence: EVIDENCE }],
  }),
  'POST /api/v1/dossiers/:dossierId/revocation-announcement': command(['province-coordinator'], {
    announcedOn: '2027-06-02',
    places: ['Cổng thông tin điện tử tỉnh'],
  }),
  'GET /api/v1/work-queues/revocations': queue(['province-coordinator', 'auditor']),
  'GET /api/v1/work-queues/pipeline': queue(['province-coordinator', 'district-coordinator', 'auditor']),
  // The programme dashboard against the plans' targets (#22): a province outside the caller's is 404.
  'GET /api/v1/dashboard': {
    roles: ['province-coordinator', 'auditor'],
    request: () => ({ query: 'province=19&year=2026' }),
  },
  'GET /api/v1/dashboard/units': {
    roles: ['province-coordinator', 'auditor'],
    request: () => ({ query: 'province=19&year=2026&figure=stage&status=in-review&phase=appraising' }),
  },
  'GET /api/v1/dashboard/report': {
    roles: ['province-coordinator', 'auditor'],
    request: () => ({ query: 'province=19&year=2026&period=q2' }),
  },
  // Public status of recognitions and revocations: no login, no personal data (#9).
  'GET /api/v1/public/recognitions': { roles: 'public', request: () => ({ query: 'province=19' }) },

  // MTTQ satisfaction survey (apps/api/src/surveys, #8): the commune's survey officers write,
  // auditors and coordinators read. The campaign named is none (404 of the survey's own).
  'POST /api/v1/dossiers/:dossierId/survey-campaigns': command(['survey-officer'], {
    villages: [{ code: 'T1', name: 'Thôn 1', households: 10 }],
    method: 'paper',
    questionnaire: {
      version: 'MTTQ-1',
      overallQuestionId: 'q1',
      questions: [{ id: 'q1', text: 'Hài lòng?' }],
      reasons: [],
    },
    samplePlan: { kind: 'all-households' },
    opensOn: '2030-01-02',
    durationWorkingDays: 5,
    officers: [{ level: 'commune', userId: 'mttq-1' }],
  }),
  'GET /api/v1/dossiers/:dossierId/survey-campaigns': { roles: SURVEY_READERS, target: 'dossier' },
  'GET /api/v1/dossiers/:dossierId/survey-campaigns/:campaignId': { roles: SURVEY_READERS, target: 'dossier' },
  'GET /api/v1/dossiers/:dossierId/survey-campaigns/:campaignId/tallies': { roles: SURVEY_READERS, target: 'dossier' },
  'POST /api/v1/dossiers/:dossierId/survey-campaigns/:campaignId/responses': command(['survey-officer'], {
    householdCode: 'T1-1',
    village: 'T1',
    answers: [{ questionId: 'q1', satisfied: true }],
    channel: 'paper',
  }),
  'POST /api/v1/dossiers/:dossierId/survey-campaigns/:campaignId/responses/:householdCode/correction': command(
    ['survey-officer'],
    { village: 'T1', answers: [{ questionId: 'q1', satisfied: false }], channel: 'paper', reason: 'Ghi nhầm' },
  ),
  'POST /api/v1/dossiers/:dossierId/survey-campaigns/:campaignId/imports': {
    roles: ['survey-officer'],
    target: 'dossier',
    request: () => ({ query: 'fileName=phieu.csv' }),
  },
  // Evidence files (#21): those who cite evidence in the dossier's commands upload it (an empty
  // body reaches the upload and is refused there, 422 evidence.empty); its readers download, and a
  // file the dossier does not reference is the domain's 404 (evidence.not-found).
  'POST /api/v1/dossiers/:dossierId/evidence': {
    roles: ['commune-officer', 'survey-officer', 'province-coordinator'],
    target: 'dossier',
    request: () => ({ query: 'fileName=bien-ban.pdf' }),
  },
  'GET /api/v1/dossiers/:dossierId/evidence/:sha256': { roles: DOSSIER_READERS, target: 'dossier' },
  'POST /api/v1/dossiers/:dossierId/survey-campaigns/:campaignId/closure': command(['survey-officer'], {}),
  'POST /api/v1/dossiers/:dossierId/survey-campaigns/:campaignId/certification': command(['survey-officer'], {
    report: EVIDENCE,
  }),

  // Merged communes (2025), added with #11. The successor named here is none of the fixtures'
  // (a Đồng Nai commune): a carry-over moving a fixture mid-run would change its jurisdiction.
  'POST /api/v1/dossiers/:dossierId/merger/carry-over': command(['province-coordinator'], {
    successorUnit: '25357',
    note: 'Tiếp tục xét',
  }),
  'POST /api/v1/dossiers/:dossierId/merger/closure': command(['province-coordinator'], {
    successorUnit: '25357',
    reason: 'Xã đã sáp nhập',
  }),

  // Commune groups and the comparison of the two criteria sets (QĐ 51/2025/QĐ-TTg), added with #11.
  'GET /api/v1/communes/:code/groups': { roles: COMMUNE_READERS, target: 'unit' },
  'GET /api/v1/communes/:code/criteria-comparison': { roles: COMMUNE_READERS, target: 'unit' },
  'PUT /api/v1/communes/:code/groups/:catalogueVersion': {
    roles: ['province-coordinator'],
    target: 'unit',
    request: () => ({ body: { group: 2, reason: 'Theo quyết định rà soát phân nhóm xã' } }),
  },

  'GET /api/v1/communes/:code/region': { roles: COMMUNE_READERS, target: 'unit' },
  'PUT /api/v1/communes/:code/region': {
    roles: ['province-coordinator'],
    target: 'unit',
    request: () => ({ body: { region: 'red-river-delta', reason: 'Theo quyết định phân vùng của tỉnh' } }),
  },
  // Recognitions decided on paper before the system (#16.5): the prerequisites of nâng cao and kiểu mẫu.
  'GET /api/v1/communes/:code/earlier-recognitions': { roles: COMMUNE_READERS, target: 'unit' },
  'POST /api/v1/communes/:code/earlier-recognitions': {
    roles: ['province-coordinator'],
    target: 'unit',
    request: () => ({
      body: { level: 'ntm', year: 2019, decisionNumber: '2468/QĐ-UBND', decisionDate: '2019-12-27' },
    }),
  },
  'POST /api/v1/communes/:code/earlier-recognitions/revocations': {
    roles: ['province-coordinator'],
    target: 'unit',
    request: () => ({
      body: { level: 'ntm', year: 2019, decisionNumber: '77/QĐ-UBND', decisionDate: '2024-05-20' },
    }),
  },

  // Provinces' working calendars (#16): anyone signed in reads the days deadlines count, administrators declare them.
  'GET /api/v1/calendar/:code': { roles: 'authenticated', request: () => ({ query: 'year=2027' }) },
  'POST /api/v1/calendar/:code/declarations': {
    roles: ['administrator'],
    target: 'unit',
    request: () => ({ body: { date: '2027-03-12', kind: 'day-off', name: 'Nghỉ', reason: 'Thông báo của tỉnh' } }),
  },
  // The criteria catalogue, read-only, and the publication of a draft version by a province (#16).
  'GET /api/v1/catalogue': { roles: 'authenticated' },
  'GET /api/v1/catalogue/:catalogueVersion': { roles: 'authenticated' },
  'GET /api/v1/catalogue/publications/:code': { roles: 'authenticated' },
  'POST /api/v1/catalogue/:catalogueVersion/publications': {
    roles: ['administrator'],
    target: 'unit',
    request: ({ code }) => ({ body: { province: code, legalReference: 'QĐ 51/2025/QĐ-TTg' } }),
  },
  // Its exchange (the provinces' sheet, the JSON document), the difference of two versions, and a province's own version.
  'GET /api/v1/catalogue/diff': { roles: 'authenticated', request: () => ({ query: 'from=2025.1&to=2026.1' }) },
  'GET /api/v1/catalogue/:catalogueVersion/workbook': { roles: 'authenticated' },
  'GET /api/v1/catalogue/:catalogueVersion/document': { roles: 'authenticated' },
  'POST /api/v1/catalogue/imports': {
    roles: ['administrator'],
    target: 'unit',
    // An empty document reaches the import and is refused there (422 catalogue.invalid-document).
    request: ({ code }) => ({ query: `province=${code}&basedOn=2026.1`, body: {} }),
  },
  'POST /api/v1/calendar/:code/clearances': {
    roles: ['administrator'],
    target: 'unit',
    request: () => ({ body: { date: '2027-03-12', reason: 'Huỷ' } }),
  },
  // The council workbench: one dossier's council, the people a secretary may call, the dossiers awaiting a session.
  'GET /api/v1/dossiers/:id/council': {
    roles: [
      'council-member',
      'council-secretary',
      'district-council-member',
      'province-coordinator',
      'district-coordinator',
      'approver',
      'auditor',
    ],
    target: 'dossier',
  },
  'GET /api/v1/dossiers/:id/council/candidates': {
    roles: ['council-secretary', 'district-coordinator'],
    target: 'dossier',
  },
  'GET /api/v1/work-queues/council/waiting': queue([
    'council-secretary',
    'province-coordinator',
    'district-coordinator',
    'auditor',
  ]),
  // The approver's desk: decisions waiting to be signed, and what one dossier's decision rests on.
  'GET /api/v1/work-queues/approver': queue(['approver', 'auditor']),
  'GET /api/v1/dossiers/:id/decision-basis': {
    roles: ['approver', 'province-coordinator', 'auditor'],
    target: 'dossier',
  },
  // Public verification (issue #20): the printed code of a recognition for the officers who print
  // it; its HTML pages for anyone, an unknown code or province answering a 404 page.
  'GET /api/v1/dossiers/:id/public-verification': {
    roles: ['approver', 'province-coordinator', 'district-coordinator', 'commune-officer', 'auditor'],
    target: 'dossier',
  },
  // Generated documents (issue #21): whoever reads the dossier; not generated yet is a 404 with a domain code.
  'GET /api/v1/dossiers/:id/documents': { roles: DOSSIER_READERS, target: 'dossier' },
  'GET /api/v1/dossiers/:id/documents/:document': { roles: DOSSIER_READERS, target: 'dossier' },
  'GET /xac-minh/:code': { roles: 'public' },
  'GET /xac-minh/tinh/:province': { roles: 'public' },
};
