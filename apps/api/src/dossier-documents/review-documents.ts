import { dateInWords, type DocumentBlock, type OfficialDocument } from '@ntm/documents';
import { type DossierEvent, LEVEL_NAMES, type StepRef } from '@ntm/domain';

import {
  capitals,
  type DocumentEvent,
  type DocumentNames,
  inSentence,
  lastOf,
  percent,
  placeName,
  provinceCommittee,
  registrationOf,
} from './document-names';

const VERDICTS = { met: 'Đạt', 'not-met': 'Không đạt' } as const;

const sameStep = (a: StepRef, b: StepRef) => a.round === b.round && a.stepIndex === b.stepIndex;

/** "hồ sơ đề nghị xét công nhận xã Cẩm Giàng đạt chuẩn nông thôn mới năm 2026". */
function dossierTitle(events: readonly DossierEvent[], names: DocumentNames): string {
  const registered = registrationOf(events);
  const standard = registered ? ` đạt chuẩn ${LEVEL_NAMES[registered.level].vi} năm ${registered.year}` : '';
  return `hồ sơ đề nghị xét công nhận ${inSentence(names.unit)}${standard}`;
}

/** A review document is signed where and when its closing event was recorded. */
function reviewFrame(names: DocumentNames, closedAt: string) {
  return {
    number: '',
    placeAndDate: `${placeName(names.province)}, ${dateInWords(closedAt)}`,
    issuedAt: closedAt,
    recipients: ['Chủ tịch Ủy ban nhân dân tỉnh', 'Hồ sơ của xã', 'Lưu: VT'],
  };
}

/**
 * Báo cáo thẩm định: each criterion of the last completed appraisal step with the department that
 * appraised it, its result and findings; a criterion appraised again after a supplement shows its last result.
 */
export function appraisalReport(events: readonly DossierEvent[], names: DocumentNames): OfficialDocument | undefined {
  const completed = events.findLast(
    (event): event is DocumentEvent<'ReviewStepCompleted'> =>
      event.type === 'ReviewStepCompleted' && event.data.step === 'appraisal',
  );
  if (!completed) return undefined;
  const latest = new Map<string, DocumentEvent<'CriterionAppraised'>['data']>();
  for (const event of events)
    if (event.type === 'CriterionAppraised' && sameStep(event.data, completed.data))
      latest.set(event.data.criterionId, event.data);
  const rows = [...latest.values()].map((appraised, index) => [
    String(index + 1),
    names.criterion(appraised.criterionId),
    names.department(appraised.department),
    VERDICTS[appraised.verdict],
    appraised.findings,
  ]);
  const { metCount, total, unmet } = completed.data;
  return {
    ...reviewFrame(names, completed.metadata.now),
    issuer: provinceCommittee(names),
    kind: 'BÁO CÁO',
    subject: `Kết quả thẩm định ${dossierTitle(events, names)}`,
    body: [
      {
        kind: 'paragraph',
        text: `Các sở, ngành được phân công đã thẩm định từng tiêu chí của ${dossierTitle(events, names)} (vòng ${completed.data.round}). Kết quả như sau:`,
      },
      {
        kind: 'table',
        columns: [
          { header: 'STT', share: 0.07 },
          { header: 'Tiêu chí', share: 0.28 },
          { header: 'Sở, ngành thẩm định', share: 0.23 },
          { header: 'Kết quả', share: 0.12 },
          { header: 'Ghi chú', share: 0.3 },
        ],
        rows,
      },
      {
        kind: 'paragraph',
        text: `Tổng hợp: ${metCount}/${total} tiêu chí đạt chuẩn${unmet.length ? `; chưa đạt: ${unmet.map(names.criterion).join('; ')}` : ''}./.`,
      },
    ],
    signature: {
      capacity: 'TM. CƠ QUAN THẨM ĐỊNH',
      position: 'NGƯỜI TỔNG HỢP',
      name: names.person(completed.metadata.actor),
    },
  };
}

/**
 * Biên bản họp hội đồng of the last concluded session: who sat, who voted, the quorum and the share
 * approving. How each member voted stays out, as on the council's screens: the tally is the outcome.
 */
export function councilMinutes(events: readonly DossierEvent[], names: DocumentNames): OfficialDocument | undefined {
  const concluded = lastOf(events, 'CouncilConcluded');
  if (!concluded) return undefined;
  const ofSession = (event: DocumentEvent<'CouncilOpened' | 'VoteCast'>) =>
    sameStep(event.data, concluded.data) &&
    event.data.session === concluded.data.session &&
    event.data.subject === concluded.data.subject;
  const opened = events.findLast(
    (event): event is DocumentEvent<'CouncilOpened'> => event.type === 'CouncilOpened' && ofSession(event),
  );
  const voters = new Set(
    events.flatMap((event) => (event.type === 'VoteCast' && ofSession(event) ? [event.data.memberId] : [])),
  );
  const council = concluded.data.tier === 'province' ? 'HỘI ĐỒNG THẨM ĐỊNH' : 'HỘI ĐỒNG THẨM TRA';
  const matter =
    concluded.data.subject === 'revocation'
      ? `đề nghị thu hồi quyết định công nhận ${inSentence(names.unit)}`
      : dossierTitle(events, names);
  return {
    ...reviewFrame(names, concluded.metadata.now),
    issuer: [`UBND ${capitals(names.province)}`, council],
    kind: 'BIÊN BẢN',
    subject: `Họp hội đồng xét ${matter} (phiên ${concluded.data.session})`,
    body: minutesBody(concluded.data, opened?.data.members ?? [...voters], voters, names),
    signature: { capacity: `TM. ${council}`, position: 'THƯ KÝ', name: names.person(concluded.metadata.actor) },
  };
}

function minutesBody(
  outcome: DocumentEvent<'CouncilConcluded'>['data'],
  members: readonly string[],
  voters: ReadonlySet<string>,
  names: DocumentNames,
): DocumentBlock[] {
  const { present, approvals, quorumShare, approvalShare, quorumMet, approved } = outcome;
  return [
    { kind: 'heading', text: 'Thành phần và biểu quyết' },
    {
      kind: 'table',
      columns: [
        { header: 'STT', share: 0.08 },
        { header: 'Thành viên hội đồng', share: 0.57 },
        { header: 'Biểu quyết', share: 0.35 },
      ],
      rows: members.map((member, index) => [
        String(index + 1),
        names.person(member),
        voters.has(member) ? 'Đã biểu quyết' : 'Không tham gia',
      ]),
    },
    {
      kind: 'paragraph',
      text: `Số thành viên: ${outcome.members}; tham gia biểu quyết: ${present} (túc số yêu cầu: ${percent(quorumShare)} số thành viên), ${quorumMet ? 'đủ' : 'không đủ'} túc số.`,
    },
    {
      kind: 'paragraph',
      text: `Số phiếu tán thành: ${approvals}; không tán thành: ${present - approvals} (tỷ lệ tán thành yêu cầu: ${percent(approvalShare)}).`,
    },
    {
      kind: 'paragraph',
      text: `Kết luận: Hội đồng ${approved ? 'tán thành' : 'không tán thành'} đề nghị./.`,
    },
  ];
}
