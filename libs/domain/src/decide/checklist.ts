import type { AttachSubmissionDocument, DetachSubmissionDocument } from '../commands';
import type { DossierState, FiledDossier } from '../state';
import { ASSEMBLING, checklistDocuments, submissionChecklist } from '../submission-checklist';
import {
  accept,
  checkEvidence,
  conflict,
  emit,
  forbidden,
  inStatus,
  isDecision,
  notFound,
  type Decision,
} from './support';

function documentOf(state: FiledDossier, documentId: string): Decision | undefined {
  if (checklistDocuments(state).some((d) => d.id === documentId)) return undefined;
  return notFound(
    'checklist.unknown-document',
    `Hồ sơ đề nghị theo quy trình của hồ sơ này không có tài liệu "${documentId}".`,
    `The submission dossier of this dossier's procedure has no document "${documentId}".`,
    { documentId },
  );
}

export function attachSubmissionDocument(command: AttachSubmissionDocument, state: DossierState): Decision {
  const s = inStatus(state, command.type, ASSEMBLING);
  if (isDecision(s)) return s;
  const { documentId, file } = command.data;
  const unknown = documentOf(s, documentId);
  if (unknown) return unknown;
  const bad = checkEvidence([file], 'file');
  if (bad) return bad;
  if ((s.round.submissionDocuments?.[documentId] ?? []).some((f) => f.sha256 === file.sha256)) {
    return conflict(
      'checklist.already-attached',
      'Tệp này đã được đính kèm cho tài liệu này.',
      'This file is already attached to this document.',
      { documentId, sha256: file.sha256 },
    );
  }
  return accept(emit(command.metadata, 'SubmissionDocumentAttached', { round: s.round.number, documentId, file }));
}

export function detachSubmissionDocument(command: DetachSubmissionDocument, state: DossierState): Decision {
  const s = inStatus(state, command.type, ASSEMBLING);
  if (isDecision(s)) return s;
  const { documentId, sha256 } = command.data;
  const unknown = documentOf(s, documentId);
  if (unknown) return unknown;
  if (!(s.round.submissionDocuments?.[documentId] ?? []).some((f) => f.sha256 === sha256)) {
    return notFound(
      'checklist.file-not-attached',
      'Tệp này không được đính kèm cho tài liệu này.',
      'This file is not attached to this document.',
      { documentId, sha256 },
    );
  }
  return accept(emit(command.metadata, 'SubmissionDocumentDetached', { round: s.round.number, documentId, sha256 }));
}

/**
 * QĐ 18/2022/QĐ-TTg, Điều 7 khoản 1: the commune submits a complete dossier. Every required document
 * of the pinned list must be present, attached or produced by the procedure; the refusal names each
 * missing one.
 */
export function missingDocuments(state: FiledDossier): Decision | undefined {
  const checklist = submissionChecklist(state);
  const missing = checklist?.items.filter((i) => i.required && i.status === 'missing') ?? [];
  if (missing.length === 0) return undefined;
  return forbidden(
    'submission.documents-missing',
    `Hồ sơ đề nghị còn thiếu: ${missing.map((i) => i.name).join('; ')}.`,
    `The submission dossier lacks: ${missing.map((i) => i.documentId).join(', ')}.`,
    { missing: missing.map((i) => ({ documentId: i.documentId, name: i.name })) },
  );
}
