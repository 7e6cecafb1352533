import { ConflictError } from './errors';
import type { DossierStatus } from './state';
import { ASSEMBLING } from './submission-checklist';
import type { DossierSummary } from './summary';

/** What the upload rule reads of a dossier: its status and whether the commune owes a supplement. */
export type UploadPosition = Pick<DossierSummary, 'status' | 'pendingAppraisals'>;

const STATUS_VI: Readonly<Record<DossierStatus, string>> = {
  unregistered: 'chưa đăng ký',
  registered: 'đã đăng ký',
  'self-assessed': 'đã tự đánh giá',
  posted: 'đang công khai lấy ý kiến',
  'posting-closed': 'đã kết thúc lấy ý kiến',
  surveyed: 'đã khảo sát sự hài lòng',
  'in-review': 'đang thẩm tra / thẩm định',
  refused: 'bị trả hồ sơ',
  recognised: 'đã được công nhận',
  'revocation-proposed': 'đang đề nghị thu hồi',
  revoked: 'đã bị thu hồi',
  withdrawn: 'đã rút',
};

const assembling = (status: DossierStatus) => (ASSEMBLING as readonly string[]).includes(status);

/**
 * Whether a role may still add evidence files to the dossier at its stage: each uploads only what a
 * command of its own may still cite. The commune while it assembles the dossier, while a department
 * asks it for a supplement, and to explain itself on a proposed revocation (QĐ 18/2022/QĐ-TTg, Điều
 * 24); the MTTQ until the dossier is submitted (its certified report); the province coordinator for
 * the periodic review of a recognition and the verification of a revocation proposal. A refused
 * dossier takes files again once resubmitted; a revoked or withdrawn one never.
 */
function mayUpload(position: UploadPosition, role: string): boolean {
  const { status } = position;
  switch (role) {
    case 'commune-officer':
      return (
        assembling(status) ||
        status === 'revocation-proposed' ||
        (status === 'in-review' && position.pendingAppraisals.some((p) => p.status === 'supplement-requested'))
      );
    case 'survey-officer':
      return assembling(status);
    case 'province-coordinator':
      return status === 'recognised' || status === 'revocation-proposed';
    default:
      return false;
  }
}

/** The refusal of an evidence upload by `role` to a dossier at this stage, or undefined when it may upload. */
export function evidenceUploadRefusal(position: UploadPosition, role: string): ConflictError | undefined {
  if (mayUpload(position, role)) return undefined;
  return new ConflictError({
    code: 'evidence.dossier-closed',
    messageVi: `Hồ sơ ${STATUS_VI[position.status]}: không nhận thêm tệp minh chứng của vai trò ${role} ở giai đoạn này.`,
    messageEn: `The dossier is ${position.status}: it takes no more evidence files from the ${role} role at this stage.`,
    details: { status: position.status, role },
  });
}
