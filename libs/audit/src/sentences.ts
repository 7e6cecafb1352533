import { isRole, ROLE_NAMES } from '@ntm/auth';
import { vietnamDateOf } from '@ntm/calendar';
import type { Tier } from '@ntm/catalogue';
import { type AppraisalVerdict, type CriterionVerdict, type DossierEvent, LEVEL_NAMES } from '@ntm/domain';

/** One line of the audit trail in both languages. */
export interface Sentence {
  readonly vi: string;
  readonly en: string;
}

/** What a sentence needs besides the event: names of criteria, departments and people. */
export interface SentenceContext {
  readonly criterionName: (criterionId: string) => string;
  /** A department's name ("Sở Xây dựng") by its code; "Sở <code>" where none is known. */
  readonly departmentName: (code: string) => Sentence;
  /** A person's display name; their user id where none is known. */
  readonly personName: (userId: string) => string;
  /** "Xã Cẩm Giàng (02008)"; the code where the unit is unknown. */
  readonly unitName: (code: string) => string;
}

const VERDICT: Readonly<Record<CriterionVerdict, Sentence>> = {
  met: { vi: 'Đạt', en: 'met' },
  'not-met': { vi: 'Không đạt', en: 'not met' },
  'needs-judgement': { vi: 'Chờ đánh giá', en: 'awaiting judgement' },
  missing: { vi: 'Thiếu số liệu', en: 'missing' },
};

const TIER: Readonly<Record<Tier, Sentence>> = {
  commune: { vi: 'cấp xã', en: 'commune level' },
  district: { vi: 'cấp huyện', en: 'district level' },
  province: { vi: 'cấp tỉnh', en: 'province level' },
};

const STEP: Readonly<Record<'verification' | 'appraisal', Sentence>> = {
  verification: { vi: 'thẩm tra', en: 'verification' },
  appraisal: { vi: 'thẩm định', en: 'appraisal' },
};

const SYSTEM: Sentence = { vi: 'hệ thống', en: 'the system' };

const roleName = (role: string): Sentence =>
  isRole(role) ? ROLE_NAMES[role] : role === 'system' ? SYSTEM : { vi: role, en: role };

/**
 * "Sở Xây dựng (Nguyễn Văn An)", "Trần Thị Bình (cán bộ xã)": the capacity and the person, as an
 * audit report reads; the user id stays on the entry itself for searching.
 */
export function who(
  { actor, role, onBehalfOf }: { readonly actor: string; readonly role: string; readonly onBehalfOf?: string },
  department: string | undefined,
  context: SentenceContext,
): Sentence {
  if (role === 'system') return { vi: 'Hệ thống', en: 'The system' };
  const person = context.personName(actor);
  const delegate = onBehalfOf
    ? { vi: `, thay mặt ${context.personName(onBehalfOf)}`, en: `, on behalf of ${context.personName(onBehalfOf)}` }
    : { vi: '', en: '' };
  const capacity = department ? context.departmentName(department) : undefined;
  const title = roleName(role);
  return {
    vi: capacity ? `${capacity.vi} (${person}${delegate.vi})` : `${person} (${title.vi}${delegate.vi})`,
    en: capacity ? `${capacity.en} (${person}${delegate.en})` : `${person} (${title.en}${delegate.en})`,
  };
}

/** A calendar date the way a Vietnamese document writes it: 2026-04-01 → 01/04/2026. */
export const dayVi = (isoDate: string) => isoDate.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1');

export const both = (subject: Sentence, vi: string, en: string): Sentence => ({
  vi: `${subject.vi} ${vi}`,
  en: `${subject.en} ${en}`,
});

const verdict = (value: AppraisalVerdict | CriterionVerdict) => VERDICT[value];
const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** A sentence for every dossier event type; the `never` check makes a new type a compile error here. */
export function describeEvent(event: DossierEvent, context: SentenceContext): Sentence {
  const s = who(event.metadata, 'department' in event.data ? event.data.department : undefined, context);
  const name = context.criterionName;
  switch (event.type) {
    case 'DossierRegistered': {
      const { unit, level, year } = event.data;
      return both(
        s,
        `đăng ký hồ sơ xét công nhận ${context.unitName(unit.code)} đạt chuẩn ${LEVEL_NAMES[level].vi} năm ${year}`,
        `registered the dossier of ${context.unitName(unit.code)} for ${LEVEL_NAMES[level].en} recognition, year ${year}`,
      );
    }
    case 'SelfAssessmentRecorded': {
      const { metCount, total, round } = event.data;
      return both(
        s,
        `ghi nhận tự đánh giá vòng ${round}: đạt ${metCount}/${total} tiêu chí`,
        `recorded the round ${round} self-assessment: ${metCount}/${total} criteria met`,
      );
    }
    case 'ResultsPosted': {
      const { postedFrom, postedUntil } = event.data;
      return both(
        s,
        `công khai kết quả từ ${dayVi(vietnamDateOf(postedFrom))} đến ${dayVi(vietnamDateOf(postedUntil))}`,
        `posted the results from ${vietnamDateOf(postedFrom)} to ${vietnamDateOf(postedUntil)}`,
      );
    }
    case 'CommentRecorded':
      return both(
        s,
        `ghi nhận ý kiến ${event.data.commentId} của ${event.data.author}`,
        `recorded comment ${event.data.commentId} from ${event.data.author}`,
      );
    case 'CommentAnswered':
      return both(s, `trả lời ý kiến ${event.data.commentId}`, `answered comment ${event.data.commentId}`);
    case 'CommentPeriodClosed': {
      const { comments, unanswered } = event.data;
      return both(
        s,
        `kết thúc lấy ý kiến: ${comments} ý kiến, ${unanswered} chưa trả lời`,
        `closed the comment period: ${comments} comments, ${unanswered} unanswered`,
      );
    }
    case 'SurveyResultCertified': {
      const { rate, threshold, passed, attempt } = event.data;
      const outcome = passed ? { vi: 'Đạt', en: 'passed' } : { vi: 'Không đạt', en: 'failed' };
      return both(
        s,
        `xác nhận khảo sát sự hài lòng lần ${attempt}: ${percent(rate)} (ngưỡng ${percent(threshold)}) — ${outcome.vi}`,
        `certified satisfaction survey attempt ${attempt}: ${percent(rate)} (threshold ${percent(threshold)}) — ${outcome.en}`,
      );
    }
    case 'SubmissionDocumentAttached':
      return both(
        s,
        `đính kèm tệp ${event.data.file.name} vào hồ sơ đề nghị (${event.data.documentId})`,
        `attached ${event.data.file.name} to the submission dossier (${event.data.documentId})`,
      );
    case 'SubmissionDocumentDetached':
      return both(
        s,
        `gỡ tệp ${event.data.sha256.slice(0, 12)}… khỏi hồ sơ đề nghị (${event.data.documentId})`,
        `detached file ${event.data.sha256.slice(0, 12)}… from the submission dossier (${event.data.documentId})`,
      );
    case 'DossierSubmitted':
      return both(
        s,
        `trình hồ sơ để ${STEP[event.data.step].vi} ${TIER[event.data.tier].vi}`,
        `submitted the dossier for ${STEP[event.data.step].en} at ${TIER[event.data.tier].en}`,
      );
    case 'CriteriaAssigned':
      return both(
        s,
        `phân công ${event.data.assignments.length} tiêu chí cho các Sở`,
        `assigned ${event.data.assignments.length} criteria to departments`,
      );
    case 'CriterionAppraised': {
      const v = verdict(event.data.verdict);
      return both(
        s,
        `đánh giá tiêu chí ${name(event.data.criterionId)} — ${v.vi}`,
        `appraised criterion ${name(event.data.criterionId)} — ${v.en}`,
      );
    }
    case 'SupplementRequested':
      return both(
        s,
        `yêu cầu bổ sung hồ sơ tiêu chí ${name(event.data.criterionId)} (lần ${event.data.request}): ${event.data.reason}`,
        `requested a supplement on criterion ${name(event.data.criterionId)} (request ${event.data.request}): ${event.data.reason}`,
      );
    case 'SupplementProvided':
      return both(
        s,
        `bổ sung hồ sơ tiêu chí ${name(event.data.criterionId)}, ${event.data.documents.length} tệp`,
        `supplemented criterion ${name(event.data.criterionId)} with ${event.data.documents.length} file(s)`,
      );
    case 'DeadlineExtended': {
      const { criterionId, previousDueDate, dueDate } = event.data;
      return both(
        s,
        `gia hạn tiêu chí ${name(criterionId)} từ ${dayVi(previousDueDate)} đến ${dayVi(dueDate)}`,
        `extended criterion ${name(criterionId)} from ${previousDueDate} to ${dueDate}`,
      );
    }
    case 'ReviewStepCompleted': {
      const { step, metCount, total } = event.data;
      return both(
        s,
        `tổng hợp kết quả ${STEP[step].vi}: đạt ${metCount}/${total} tiêu chí`,
        `consolidated the ${STEP[step].en}: ${metCount}/${total} criteria met`,
      );
    }
    case 'CouncilOpened':
      return both(
        s,
        `mở phiên họp hội đồng số ${event.data.session} với ${event.data.members.length} thành viên`,
        `opened council session ${event.data.session} with ${event.data.members.length} members`,
      );
    case 'VoteCast': {
      const vote = event.data.approve ? { vi: 'tán thành', en: 'in favour' } : { vi: 'không tán thành', en: 'against' };
      // A ballot is the member's own; one recorded by someone else names the member it counts for.
      const member = event.data.memberId === event.metadata.actor ? '' : context.personName(event.data.memberId);
      return both(
        s,
        `bỏ phiếu ${vote.vi}${member && ` thay cho thành viên ${member}`}`,
        `voted ${vote.en}${member && ` for member ${member}`}`,
      );
    }
    case 'CouncilConcluded': {
      const { approvals, present, approved } = event.data;
      const outcome = approved ? { vi: 'thông qua', en: 'approved' } : { vi: 'không thông qua', en: 'not approved' };
      return both(
        s,
        `kết thúc phiên họp hội đồng: ${approvals}/${present} phiếu tán thành — ${outcome.vi}`,
        `concluded the council: ${approvals}/${present} in favour — ${outcome.en}`,
      );
    }
    case 'DossierRecognised':
      return both(
        s,
        `công nhận đạt chuẩn theo Quyết định số ${event.data.decisionNumber} ngày ${dayVi(event.data.decisionDate)}`,
        `recognised the unit by decision ${event.data.decisionNumber} of ${event.data.decisionDate}`,
      );
    case 'DossierRefused':
      return both(
        s,
        `trả hồ sơ: ${event.data.reasons.map((r) => r.reason).join('; ')}`,
        `refused the dossier: ${event.data.reasons.map((r) => r.reason).join('; ')}`,
      );
    case 'DossierResubmitted': {
      const { round, questioned } = event.data;
      if (!questioned) return both(s, `nộp lại hồ sơ (vòng ${round})`, `resubmitted the dossier (round ${round})`);
      return both(
        s,
        `nộp lại hồ sơ (vòng ${round}), giữ kết quả công khai và khảo sát, sửa các tiêu chí ${questioned.join(', ')}`,
        `resubmitted the dossier (round ${round}), keeping the posting and survey, correcting criteria ${questioned.join(', ')}`,
      );
    }
    case 'DossierWithdrawn':
      return both(s, `rút hồ sơ: ${event.data.reason}`, `withdrew the dossier: ${event.data.reason}`);
    case 'DossierCarriedOver':
      return both(
        s,
        `chuyển hồ sơ từ ${context.unitName(event.data.previousUnit.code)} sang ${context.unitName(event.data.unit.code)} (sắp xếp đơn vị hành chính): ${event.data.note}`,
        `carried the dossier over from ${context.unitName(event.data.previousUnit.code)} to ${context.unitName(event.data.unit.code)} (merger): ${event.data.note}`,
      );
    case 'DossierClosedOnMerger':
      return both(
        s,
        `đóng hồ sơ do sáp nhập vào ${context.unitName(event.data.successor.code)}: ${event.data.reason}`,
        `closed the dossier on the merger into ${context.unitName(event.data.successor.code)}: ${event.data.reason}`,
      );
    case 'RevocationProposed':
      return both(
        s,
        `đề nghị thu hồi: ${event.data.unmetCriterionIds.length} tiêu chí không còn đạt (${percent(event.data.share)})`,
        `proposed revocation: ${event.data.unmetCriterionIds.length} criteria no longer met (${percent(event.data.share)})`,
      );
    case 'RecognitionRevoked':
      return both(
        s,
        `thu hồi quyết định công nhận theo Quyết định số ${event.data.decisionNumber}`,
        `revoked the recognition by decision ${event.data.decisionNumber}`,
      );
    case 'RevocationDismissed':
      return both(s, `không thu hồi: ${event.data.reason}`, `dismissed the revocation: ${event.data.reason}`);
    case 'RevocationExplained':
      return both(
        s,
        `giải trình về đề nghị thu hồi: ${event.data.explanation}`,
        `explained the revocation proposal: ${event.data.explanation}`,
      );
    case 'ResidentsConsulted':
      return both(
        s,
        `lấy ý kiến người dân về đề nghị thu hồi ngày ${dayVi(event.data.heldOn)}: ${event.data.inFavour}/${event.data.participants} người đồng ý thu hồi`,
        `consulted the residents on the revocation on ${event.data.heldOn}: ${event.data.inFavour} of ${event.data.participants} in favour`,
      );
    case 'RevocationExplanationOverdue':
      return both(
        s,
        `ghi nhận xã không giải trình đúng hạn (hạn ${dayVi(event.data.dueDate)})`,
        `recorded no explanation by ${event.data.dueDate}`,
      );
    case 'ReviewRoundRecorded':
      return both(
        s,
        `rà soát định kỳ lần ${event.data.reviewRound}: ${event.data.belowThreshold.length} tiêu chí dưới ngưỡng`,
        `periodic review ${event.data.reviewRound}: ${event.data.belowThreshold.length} criteria below threshold`,
      );
    case 'RevocationCaseRaised':
      return both(
        s,
        `phát sinh đề nghị xem xét thu hồi từ rà soát lần ${event.data.reviewRound}: ${event.data.unmetCriterionIds.join(', ')} (${percent(event.data.share)})`,
        `raised a revocation case from review ${event.data.reviewRound}: ${event.data.unmetCriterionIds.join(', ')} (${percent(event.data.share)})`,
      );
    case 'RevocationCaseClosed':
      return both(
        s,
        `đóng đề nghị xem xét thu hồi (rà soát lần ${event.data.reviewRound}): ${event.data.reason}`,
        `closed the revocation case (review ${event.data.reviewRound}): ${event.data.reason}`,
      );
    case 'RevocationVerified':
      return both(
        s,
        `kiểm tra, xác minh đề nghị thu hồi: ${event.data.confirmedUnmet.length}/${event.data.findings.length} tiêu chí xác nhận không đạt`,
        `verified the revocation proposal: ${event.data.confirmedUnmet.length}/${event.data.findings.length} criteria confirmed unmet`,
      );
    case 'RecognitionAnnounced':
      return both(
        s,
        `công bố Quyết định công nhận số ${event.data.decisionNumber} ngày ${dayVi(event.data.announcedOn)}`,
        `announced recognition decision ${event.data.decisionNumber} on ${event.data.announcedOn}`,
      );
    case 'RevocationAnnounced':
      return both(
        s,
        `công bố Quyết định thu hồi số ${event.data.decisionNumber} ngày ${dayVi(event.data.announcedOn)}`,
        `announced revocation decision ${event.data.decisionNumber} on ${event.data.announcedOn}`,
      );
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}
