import type { DomainErrorInit, DomainErrorKind } from '@ntm/domain';
import { parseStreamId, type StreamKind } from '@ntm/event-store';

import { ProblemException } from './problem.exception';

/**
 * A refusal by one of the pure cores, by kind. `forbidden` is a rule of the procedure (an unmet
 * criterion, an appraiser voting on their own dossier), not a missing permission: 422. Access the
 * caller lacks is the guard's 403, decided before any core runs.
 */
export const STATUS_BY_KIND: Readonly<Record<DomainErrorKind, number>> = {
  validation: 400,
  'not-found': 404,
  conflict: 409,
  forbidden: 422,
};

/** A domain error, or its serialised form (a workflow failure's details), as problem+json. */
export function domainProblem(refusal: DomainErrorInit & { readonly kind: DomainErrorKind }): ProblemException {
  const text = { vi: refusal.messageVi, en: refusal.messageEn };
  const field = typeof refusal.details?.field === 'string' ? refusal.details.field : undefined;
  return new ProblemException({
    code: refusal.code,
    status: STATUS_BY_KIND[refusal.kind],
    title: text,
    detail: text,
    errors: field ? [{ field, reason: text }] : [],
    extensions: refusal.details ? { details: refusal.details } : {},
  });
}

type Written = 'dossier' | 'survey' | 'user' | 'commune-group' | 'earlier-recognitions' | 'decision-register';

const SUBJECTS: Readonly<Record<Written, { vi: string; en: string }>> = {
  dossier: { vi: 'hồ sơ', en: 'the dossier' },
  survey: { vi: 'đợt khảo sát', en: 'the survey campaign' },
  user: { vi: 'tài khoản', en: 'the user account' },
  'commune-group': { vi: 'nhóm xã', en: 'the commune’s grouping' },
  'earlier-recognitions': { vi: 'danh sách quyết định công nhận trước đây', en: 'the earlier recognitions' },
  'decision-register': { vi: 'sổ đăng ký số quyết định', en: 'the register of decision numbers' },
};

const WRITTEN_BY_STREAM: Partial<Record<StreamKind, Written>> = {
  dossier: 'dossier',
  survey: 'survey',
  user: 'user',
  communeGroup: 'commune-group',
  earlierRecognitions: 'earlier-recognitions',
  decisionNumbers: 'decision-register',
};

/** What a stream records, in the words of a problem's code and text. */
export function subjectOfStream(streamId: string): Written {
  const kind = parseStreamId(streamId)?.kind;
  const subject = kind && WRITTEN_BY_STREAM[kind];
  if (!subject) throw new Error(`no problem wording for stream ${streamId}`);
  return subject;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** If-Match named a version the record has moved on from: 412 with the version to reload. */
export function versionChanged(subject: Written, expected: number, actual: number): ProblemException {
  const { vi, en } = SUBJECTS[subject];
  return new ProblemException({
    code: `${subject}.version-changed`,
    status: 412,
    title: { vi: `${capitalised(vi)} đã thay đổi`, en: `${capitalised(en)} has changed` },
    detail: {
      vi: `Bạn đang xem phiên bản ${expected}, ${vi} đã ở phiên bản ${actual}: tải lại trước khi thao tác.`,
      en: `You saw version ${expected}; ${en} is at version ${actual}: reload first.`,
    },
    extensions: { currentVersion: actual },
  });
}

/** Other writes kept winning the race and the client gave no If-Match: sending again is safe. */
export function concurrentWrite(subject: Written, actual: number): ProblemException {
  const { vi, en } = SUBJECTS[subject];
  return new ProblemException({
    code: `${subject}.concurrent-write`,
    status: 409,
    title: {
      vi: `${capitalised(vi)} đang được cập nhật đồng thời`,
      en: `${capitalised(en)} is being changed concurrently`,
    },
    detail: {
      vi: 'Nhiều người cùng ghi; vui lòng gửi lại yêu cầu.',
      en: 'Several people are writing at once; send the request again.',
    },
    extensions: { currentVersion: actual },
  });
}
