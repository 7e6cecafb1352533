import { ApiProperty } from '@nestjs/swagger';

import type {
  ApproverBlock,
  ApproverTask,
  CouncilConclusion,
  DecisionBasis,
  RevocationBand,
  RevocationBasis,
  SurveyRecord,
} from '@ntm/domain';

import { PageOf } from '../platform/api-schemas';
import { RevocationViewResponse } from './dossier-queries.response';

export const APPROVER_TASKS: readonly ApproverTask[] = ['recognition', 'refusal', 'revocation'];
const BANDS: readonly RevocationBand[] = ['none', 'partial', 'full'];
const TASK = {
  enum: APPROVER_TASKS,
  description:
    'Quyết định công nhận; trả hồ sơ (hội đồng không thông qua, tiêu chí chưa đạt, khảo sát chưa đạt); thu hồi',
};

export class NamedUnitResponse {
  @ApiProperty({ example: '02008' }) readonly code!: string;
  @ApiProperty({ example: 'Xã Cẩm Giàng' }) readonly name!: string;
  @ApiProperty({ example: 'commune' }) readonly kind!: string;
}

class MetCountResponse {
  @ApiProperty() readonly metCount!: number;
  @ApiProperty() readonly total!: number;
}

class QueueSurveyResponse {
  @ApiProperty({ minimum: 0, maximum: 1 }) readonly rate!: number;
  @ApiProperty() readonly passed!: boolean;
}

/** A dossier on the approver's desk: what to decide, and since when it waits. */
export class ApproverQueueItemResponse {
  @ApiProperty({ format: 'uuid' }) readonly dossierId!: string;
  @ApiProperty({ type: NamedUnitResponse }) readonly unit!: NamedUnitResponse;
  @ApiProperty() readonly level!: string;
  @ApiProperty() readonly year!: number;
  @ApiProperty() readonly round!: number;
  @ApiProperty(TASK) readonly task!: ApproverTask;
  @ApiProperty({ format: 'date-time', description: 'Chờ quyết định từ (việc cuối cùng trên hồ sơ)' })
  readonly waitingSince!: string;
  @ApiProperty({ type: MetCountResponse }) readonly criteria!: MetCountResponse;
  @ApiProperty({ type: QueueSurveyResponse, nullable: true }) readonly survey!: QueueSurveyResponse | null;
  @ApiProperty({ type: RevocationViewResponse, nullable: true, description: 'Đề nghị thu hồi' })
  readonly revocation!: RevocationViewResponse | null;
}

export const ApproverQueuePage = PageOf(ApproverQueueItemResponse, 'ApproverQueuePage');

class ApproverBlockResponse implements ApproverBlock {
  @ApiProperty({ example: 'decision.council-not-approved' }) readonly code!: string;
  @ApiProperty({ example: 'Hội đồng chưa thông qua.' }) readonly messageVi!: string;
  @ApiProperty({ example: 'A council has not approved.' }) readonly messageEn!: string;
}

class SurveyRecordResponse implements SurveyRecord {
  @ApiProperty({ description: 'Lần khảo sát' }) readonly attempt!: number;
  @ApiProperty() readonly respondents!: number;
  @ApiProperty() readonly satisfied!: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) readonly rate!: number;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'Ngưỡng hài lòng của mức công nhận' })
  readonly threshold!: number;
  @ApiProperty() readonly passed!: boolean;
}

class CouncilOutcomeResponse {
  @ApiProperty({ description: 'Số thành viên bỏ phiếu' }) readonly present!: number;
  @ApiProperty({ description: 'Số phiếu tán thành' }) readonly approvals!: number;
  @ApiProperty() readonly quorumMet!: boolean;
  @ApiProperty() readonly approved!: boolean;
}

class CouncilConclusionResponse implements CouncilConclusion {
  @ApiProperty({ enum: ['commune', 'district', 'province'] }) readonly tier!: CouncilConclusion['tier'];
  @ApiProperty({ description: 'Phiên họp' }) readonly session!: number;
  @ApiProperty({ description: 'Số thành viên' }) readonly members!: number;
  @ApiProperty({ type: CouncilOutcomeResponse, nullable: true, description: 'Chưa có khi phiên họp đang diễn ra' })
  readonly outcome!: CouncilOutcomeResponse | null;
  @ApiProperty({ description: 'Túc số: tỷ lệ thành viên có mặt' }) readonly quorumShare!: number;
  @ApiProperty({ description: 'Tỷ lệ tán thành trên số có mặt' }) readonly approvalShare!: number;
}

class EvidenceRefResponse {
  @ApiProperty() readonly sha256!: string;
  @ApiProperty() readonly name!: string;
}

class ExplanationResponse {
  @ApiProperty() readonly text!: string;
  @ApiProperty({ type: [EvidenceRefResponse] }) readonly evidence!: readonly EvidenceRefResponse[];
  @ApiProperty({ format: 'date-time' }) readonly at!: string;
}

class ConsultationResponse {
  @ApiProperty({ format: 'date' }) readonly heldOn!: string;
  @ApiProperty() readonly participants!: number;
  @ApiProperty({ description: 'Số người đồng ý thu hồi' }) readonly inFavour!: number;
  @ApiProperty() readonly summary!: string;
  @ApiProperty({ type: [EvidenceRefResponse] }) readonly evidence!: readonly EvidenceRefResponse[];
  @ApiProperty({ format: 'date-time' }) readonly at!: string;
}

class RevocationFindingResponse {
  @ApiProperty() readonly criterionId!: string;
  @ApiProperty({ description: 'Tiêu chí vẫn đạt' }) readonly met!: boolean;
  @ApiProperty() readonly findings!: string;
  @ApiProperty({ type: [EvidenceRefResponse] }) readonly evidence!: readonly EvidenceRefResponse[];
}

class VerificationResponse {
  @ApiProperty({ type: [RevocationFindingResponse] }) readonly findings!: readonly RevocationFindingResponse[];
  @ApiProperty({ type: [String] }) readonly confirmedUnmet!: readonly string[];
  @ApiProperty() readonly share!: number;
  @ApiProperty({ enum: BANDS }) readonly band!: RevocationBand;
  @ApiProperty({ type: [String] }) readonly criticalUnmet!: readonly string[];
  @ApiProperty({ description: 'Đủ căn cứ thu hồi (QĐ 18/2022/QĐ-TTg, Điều 23)' }) readonly sufficient!: boolean;
  @ApiProperty({ format: 'date-time' }) readonly at!: string;
}

class RevocationBasisResponse implements RevocationBasis {
  @ApiProperty({ description: 'Căn cứ đề nghị thu hồi' }) readonly grounds!: string;
  @ApiProperty({ format: 'date-time' }) readonly proposedAt!: string;
  @ApiProperty({ type: [String] }) readonly unmetCriterionIds!: readonly string[];
  @ApiProperty() readonly share!: number;
  @ApiProperty({ enum: BANDS }) readonly band!: RevocationBand;
  @ApiProperty({ type: [String] }) readonly criticalUnmet!: readonly string[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) readonly explanationDueDate!: string | null;
  @ApiProperty({ type: ExplanationResponse, nullable: true }) readonly explanation!: ExplanationResponse | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Hết hạn giải trình mà xã không giải trình',
  })
  readonly explanationOverdue!: string | null;
  @ApiProperty({ description: 'Phải lấy ý kiến người dân (Nghị định 131/2025/NĐ-CP, Điều 44)' })
  readonly consultationRequired!: boolean;
  @ApiProperty({ type: ConsultationResponse, nullable: true }) readonly consultation!: ConsultationResponse | null;
  @ApiProperty({ type: VerificationResponse, nullable: true }) readonly verification!: VerificationResponse | null;
  @ApiProperty({ type: CouncilConclusionResponse, nullable: true }) readonly council!: CouncilConclusionResponse | null;
}

/** What the approver's decision on a dossier rests on, beside its detail and assessment. */
export class DecisionBasisResponse implements DecisionBasis {
  @ApiProperty({ format: 'uuid' }) readonly dossierId!: string;
  @ApiProperty({ description: 'Phiên bản hồ sơ (dùng cho If-Match)' }) readonly version!: number;
  @ApiProperty({ type: NamedUnitResponse }) readonly unit!: NamedUnitResponse;
  @ApiProperty({ ...TASK, nullable: true }) readonly task!: ApproverTask | null;
  @ApiProperty({
    type: ApproverBlockResponse,
    nullable: true,
    description: 'Lý do chưa thể ký quyết định công nhận (hồ sơ đang xét) hoặc thu hồi (đang đề nghị)',
  })
  readonly blocked!: ApproverBlockResponse | null;
  @ApiProperty({ example: 'Chủ tịch UBND tỉnh', description: 'Người có thẩm quyền quyết định' })
  readonly authority!: string;
  @ApiProperty({ type: SurveyRecordResponse, nullable: true }) readonly survey!: SurveyRecordResponse | null;
  @ApiProperty({ type: [CouncilConclusionResponse], description: 'Hội đồng của từng bước trong vòng xét này' })
  readonly councils!: readonly CouncilConclusionResponse[];
  @ApiProperty({ type: RevocationBasisResponse, nullable: true }) readonly revocation!: RevocationBasisResponse | null;
}
