import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import type {
  CommuneRevocationAsk,
  CoordinatorTask,
  RevocationBand,
  RevocationGroundsView,
  RevocationView,
} from '@ntm/domain';

import { ListOf, PageOf } from '../platform/api-schemas';
import type { CriterionStatusView, DossierDetail, DossierListItem, LinkedDossier } from './dossier-views';
import type { PublicRecognition } from './public-status.query';
import type { RevocationQueueEntry } from './revocation-queue.query';
import type { PipelineStage, QueueReview } from './work-queues.query';

const COORDINATOR_TASKS: readonly CoordinatorTask[] = ['dispatch', 'consolidation', 'announcement'];

class UnitRefResponse {
  @ApiProperty({ example: '02005' }) readonly code!: string;
  @ApiProperty({ example: 'commune' }) readonly kind!: string;
}

class CriteriaCountResponse {
  @ApiProperty() readonly metCount!: number;
  @ApiProperty() readonly total!: number;
  @ApiProperty({ type: [String] }) readonly unmet!: readonly string[];
}

class StageResponse {
  @ApiProperty() readonly tier!: string;
  @ApiProperty() readonly stepIndex!: number;
  @ApiProperty() readonly step!: string;
  @ApiProperty() readonly phase!: string;
}

class SurveyRateResponse {
  @ApiProperty() readonly rate!: number;
  @ApiProperty() readonly passed!: boolean;
}

class DecisionRefResponse {
  @ApiProperty() readonly decisionNumber!: string;
  @ApiProperty() readonly decisionDate!: string;
}

class CommuneRevocationsResponse {
  @ApiProperty({ description: 'Số xã của huyện đã được công nhận NTM' }) readonly recognised!: number;
  @ApiProperty({ description: 'Trong đó, số xã bị thu hồi quyết định công nhận' }) readonly revoked!: number;
}

class RevocationGroundsResponse implements RevocationGroundsView {
  @ApiProperty({ minimum: 0, maximum: 1, example: 0.3158, description: 'Tỷ lệ tiêu chí không còn đạt' })
  readonly share!: number;
  @ApiProperty({ enum: ['none', 'partial', 'full'], description: 'Dưới 30%; từ 30% đến dưới 50%; từ 50% trở lên' })
  readonly band!: RevocationBand;
  @ApiProperty({ type: [String], description: 'Tiêu chí quan trọng không còn đạt' })
  readonly criticalUnmet!: readonly string[];
  @ApiProperty({ description: 'Đủ căn cứ thu hồi (QĐ 18/2022/QĐ-TTg, Điều 23)' }) readonly sufficient!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'xa-ntm-nang-cao-2021-2025',
    description: 'Bộ tiêu chí dùng để xét khi không phải bộ của hồ sơ (xã kiểu mẫu: bộ nâng cao)',
  })
  readonly basis!: string | null;
  @ApiProperty({ type: CommuneRevocationsResponse, nullable: true, description: 'Huyện: số xã bị thu hồi' })
  readonly communes!: CommuneRevocationsResponse | null;
}

class RevocationStepsResponse {
  @ApiProperty() readonly verified!: boolean;
  @ApiProperty({
    enum: ['not-required', 'awaited', 'recorded'],
    description: 'Lấy ý kiến người dân do xã tổ chức (Nghị định 131/2025/NĐ-CP, Điều 44)',
  })
  readonly consultation!: 'not-required' | 'awaited' | 'recorded';
  @ApiProperty({ enum: ['awaited', 'given', 'overdue'] }) readonly explanation!: 'awaited' | 'given' | 'overdue';
  @ApiProperty({ enum: ['not-required', 'pending', 'open', 'approved', 'not-approved'] })
  readonly council!: 'not-required' | 'pending' | 'open' | 'approved' | 'not-approved';
}

export class RevocationViewResponse implements RevocationView {
  @ApiProperty({ enum: ['case-open', 'proposed', 'revoked'] }) readonly phase!: 'case-open' | 'proposed' | 'revoked';
  @ApiProperty({ type: [String] }) readonly unmetCriterionIds!: readonly string[];
  @ApiProperty({ type: Number, nullable: true }) readonly reviewRound!: number | null;
  @ApiProperty({ type: RevocationGroundsResponse }) readonly grounds!: RevocationGroundsResponse;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Hạn xã giải trình (ngày làm việc)' })
  readonly explanationDueDate!: string | null;
  @ApiProperty({ type: RevocationStepsResponse, nullable: true }) readonly steps!: RevocationStepsResponse | null;
  @ApiProperty({ type: DecisionRefResponse, nullable: true }) readonly decision!: DecisionRefResponse | null;
  @ApiProperty({ type: String, nullable: true }) readonly announcedOn!: string | null;
}

export class DossierListItemResponse implements DossierListItem {
  @ApiProperty({ format: 'uuid' }) readonly dossierId!: string;
  @ApiProperty({ type: UnitRefResponse }) readonly unit!: UnitRefResponse;
  @ApiProperty() readonly province!: string;
  @ApiProperty() readonly level!: string;
  @ApiProperty() readonly year!: number;
  @ApiProperty() readonly status!: string;
  @ApiProperty() readonly round!: number;
  @ApiProperty({ type: CriteriaCountResponse }) readonly criteria!: CriteriaCountResponse;
  @ApiProperty({ type: StageResponse, nullable: true }) readonly stage!: StageResponse | null;
  @ApiProperty({ type: SurveyRateResponse, nullable: true }) readonly survey!: SurveyRateResponse | null;
  @ApiProperty({ type: DecisionRefResponse, nullable: true }) readonly recognition!: DecisionRefResponse | null;
  @ApiProperty() readonly version!: number;
  @ApiProperty({ format: 'date-time' }) readonly updatedAt!: string;
}

export const DossierPage = PageOf(DossierListItemResponse, 'DossierPage');

class CriterionReviewResponse {
  @ApiProperty() readonly department!: string;
  @ApiProperty() readonly dueDate!: string;
  @ApiProperty() readonly status!: string;
  @ApiProperty() readonly overdue!: boolean;
  @ApiProperty() readonly reminderSent!: boolean;
  @ApiProperty() readonly supplementRequests!: number;
}

class CriterionStatusResponse implements CriterionStatusView {
  @ApiProperty() readonly criterionId!: string;
  @ApiProperty() readonly verdict!: string;
  @ApiProperty({ type: CriterionReviewResponse, nullable: true }) readonly review!: CriterionReviewResponse | null;
}

class LinkedDossierResponse implements LinkedDossier {
  @ApiProperty({ format: 'uuid' }) readonly dossierId!: string;
  @ApiProperty() readonly year!: number;
  @ApiProperty() readonly status!: string;
  @ApiProperty({ type: DecisionRefResponse, nullable: true }) readonly recognition!: DecisionRefResponse | null;
  @ApiProperty({ type: DecisionRefResponse, nullable: true }) readonly revocation!: DecisionRefResponse | null;
}

class CommentCountResponse {
  @ApiProperty() readonly total!: number;
  @ApiProperty() readonly unanswered!: number;
}

class DossierHistoryResponse {
  @ApiProperty({ type: LinkedDossierResponse, nullable: true }) readonly previous!: LinkedDossierResponse | null;
  @ApiProperty({ type: [LinkedDossierResponse] }) readonly later!: readonly LinkedDossierResponse[];
}

export class RefusalReasonResponse {
  @ApiPropertyOptional({ description: 'Tiêu chí (không có: lý do chung của hồ sơ)' }) readonly criterionId?: string;
  @ApiProperty() readonly reason!: string;
}

export class RefusalResponse {
  @ApiProperty({ description: 'Vòng xét bị trả' }) readonly round!: number;
  @ApiProperty({ type: [RefusalReasonResponse] }) readonly reasons!: RefusalReasonResponse[];
}

class SuccessorUnitResponse {
  @ApiProperty({ example: '02008' }) readonly code!: string;
  @ApiProperty({ example: 'Xã Cẩm Giàng' }) readonly name!: string;
}

export class DossierDetailResponse extends DossierListItemResponse implements DossierDetail {
  @ApiProperty() readonly catalogueVersion!: string;
  @ApiProperty() readonly criteriaSetId!: string;
  @ApiProperty() readonly regimeId!: string;
  @ApiProperty({ type: CommentCountResponse }) readonly comments!: CommentCountResponse;
  @ApiProperty({ type: [CriterionStatusResponse] }) readonly criteriaStatus!: CriterionStatusResponse[];
  @ApiProperty({
    type: RevocationViewResponse,
    nullable: true,
    description: 'Xem xét, đề nghị hoặc quyết định thu hồi',
  })
  readonly revocation!: RevocationViewResponse | null;
  @ApiProperty({ type: DossierHistoryResponse }) readonly history!: DossierHistoryResponse;
  @ApiProperty({ type: [RefusalResponse], description: 'Các lần trả hồ sơ, lý do theo từng tiêu chí' })
  readonly refusals!: RefusalResponse[];
  @ApiProperty({
    type: [String],
    example: ['10'],
    description:
      'Vòng nộp lại giữ kết quả đã công khai và khảo sát: các tiêu chí bị trả, chỉ những tiêu chí này được tự đánh giá lại (rỗng nếu không)',
  })
  readonly questioned!: string[];
  @ApiProperty({
    type: [String],
    example: ['2.2', '3.1'],
    description: 'Chỉ tiêu có ngưỡng chưa được xác nhận (giá trị mặc định tỉnh cần xác nhận)',
  })
  readonly unconfirmedThresholds!: string[];
  @ApiProperty({
    type: [SuccessorUnitResponse],
    description: 'Đơn vị mới mà đơn vị của hồ sơ đã sáp nhập vào (sắp xếp năm 2025); rỗng nếu đơn vị còn hiệu lực',
  })
  readonly successorUnits!: SuccessorUnitResponse[];
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Xã Cẩm Giàng',
    description: 'Tên đơn vị theo danh mục đơn vị hành chính',
  })
  readonly unitName!: string | null;
  @ApiProperty({
    type: String,
    enum: COORDINATOR_TASKS,
    nullable: true,
    description: 'Việc tiếp theo của văn phòng điều phối: giao tiêu chí, tổng hợp kết quả, công bố quyết định',
  })
  readonly coordinatorTask!: DossierDetail['coordinatorTask'];
}

export class QueueReviewResponse implements QueueReview {
  @ApiProperty({ format: 'uuid' }) readonly dossierId!: string;
  @ApiProperty() readonly unitCode!: string;
  @ApiProperty() readonly criterionId!: string;
  @ApiProperty({ description: 'Sở hoặc phòng được phân công khi hồ sơ được gửi (giữ nguyên trong lịch sử)' })
  readonly department!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '75',
    description: 'Tỉnh của Sở đang đảm nhiệm nhiệm vụ này hôm nay (sau sắp xếp năm 2025)',
  })
  readonly todayUnit!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'SNNMT',
    description: 'Sở đang đảm nhiệm nhiệm vụ này hôm nay: Sở kế thừa nếu Sở/phòng được phân công đã giải thể',
  })
  readonly todayDepartment!: string | null;
  @ApiProperty() readonly tier!: string;
  @ApiProperty() readonly dueDate!: string;
  @ApiProperty() readonly status!: string;
  @ApiProperty() readonly overdue!: boolean;
  @ApiProperty() readonly reminderSent!: boolean;
}

export const DepartmentQueuePage = PageOf(QueueReviewResponse, 'DepartmentQueuePage');

/** A council session on the agenda: members and how many voted, never how (secret ballot). */
export class CouncilAgendaItemResponse {
  @ApiProperty({ format: 'uuid' }) readonly dossierId!: string;
  @ApiProperty() readonly unitCode!: string;
  @ApiProperty() readonly tier!: string;
  @ApiProperty() readonly round!: number;
  @ApiProperty() readonly session!: number;
  @ApiProperty({ type: [String], description: 'Mã thành viên' }) readonly members!: string[];
  @ApiProperty() readonly votesCount!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Hạn túc số đã qua (ngày làm việc)' })
  readonly quorumDueDate!: string | null;
  @ApiProperty({ description: 'Việc hội đồng bỏ phiếu: công nhận hoặc đề nghị thu hồi' }) readonly subject!: string;
}

export const CouncilQueuePage = PageOf(CouncilAgendaItemResponse, 'CouncilQueuePage');

export /** A criterion the commune must supplement, and when its appraisal is due. */
class SupplementAskedResponse {
  @ApiProperty() readonly criterionId!: string;
  @ApiProperty() readonly department!: string;
  @ApiProperty({ format: 'date' }) readonly dueDate!: string;
}

class CommuneRevocationAskResponse implements CommuneRevocationAsk {
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Hạn giải trình, khi còn chờ xã' })
  readonly explanationDueDate!: string | null;
  @ApiProperty({ description: 'Xã còn phải lấy ý kiến người dân (Nghị định 131/2025/NĐ-CP, Điều 44)' })
  readonly consultationAwaited!: boolean;
}

class CommuneQueueItemResponse {
  @ApiProperty({ format: 'uuid' }) readonly dossierId!: string;
  @ApiProperty() readonly unitCode!: string;
  @ApiProperty() readonly status!: string;
  @ApiProperty({ type: String, nullable: true }) readonly tier!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly phase!: string | null;
  @ApiProperty() readonly commentsUnanswered!: number;
  @ApiProperty({ type: [SupplementAskedResponse] }) readonly supplementsRequested!: SupplementAskedResponse[];
  @ApiProperty({
    type: [String],
    description: 'Vòng nộp lại: các tiêu chí bị trả xã cần đánh giá lại (rỗng nếu không)',
  })
  readonly questioned!: string[];
  @ApiProperty({ type: CommuneRevocationAskResponse, nullable: true, description: 'Đề nghị thu hồi: việc của xã' })
  readonly revocation!: CommuneRevocationAskResponse | null;
}

export const CommuneQueuePage = PageOf(CommuneQueueItemResponse, 'CommuneQueuePage');

class AwaitingDossierResponse {
  @ApiProperty({ format: 'uuid' }) readonly dossierId!: string;
  @ApiProperty() readonly unitCode!: string;
  @ApiProperty() readonly tier!: string;
  @ApiProperty({ enum: COORDINATOR_TASKS }) readonly awaiting!: string;
}

export class CoordinatorQueueResponse {
  @ApiProperty({ type: [QueueReviewResponse] }) readonly overdueCriteria!: QueueReviewResponse[];
  @ApiProperty({ type: [AwaitingDossierResponse] }) readonly awaiting!: AwaitingDossierResponse[];
  @ApiProperty({ type: [CouncilAgendaItemResponse] }) readonly councilsWithoutQuorum!: CouncilAgendaItemResponse[];
}

export class RevocationQueueEntryResponse implements RevocationQueueEntry {
  @ApiProperty({ format: 'uuid' }) readonly dossierId!: string;
  @ApiProperty() readonly unitCode!: string;
  @ApiProperty() readonly status!: string;
  @ApiProperty({ type: RevocationViewResponse }) readonly revocation!: RevocationViewResponse;
  @ApiProperty() readonly updatedAt!: string;
}

export const RevocationQueueResponse = ListOf(RevocationQueueEntryResponse, 'RevocationQueueResponse');

class PublicUnitResponse {
  @ApiProperty() readonly code!: string;
  @ApiProperty() readonly name!: string;
}

class PublicRecognitionDecisionResponse extends DecisionRefResponse {
  @ApiProperty() readonly authority!: string;
}

class PublicRevocationResponse extends DecisionRefResponse {
  @ApiProperty({ type: String, nullable: true }) readonly announcedOn!: string | null;
}

export class PublicRecognitionResponse implements PublicRecognition {
  @ApiProperty({ type: PublicUnitResponse }) readonly unit!: PublicUnitResponse;
  @ApiProperty() readonly level!: string;
  @ApiProperty() readonly year!: number;
  @ApiProperty({ enum: ['recognised', 'revoked'] }) readonly status!: 'recognised' | 'revoked';
  @ApiProperty({ type: PublicRecognitionDecisionResponse }) readonly recognition!: PublicRecognitionDecisionResponse;
  @ApiProperty({ type: PublicRevocationResponse, nullable: true })
  readonly revocation!: PublicRevocationResponse | null;
}

export const PublicRecognitionsResponse = ListOf(PublicRecognitionResponse, 'PublicRecognitionsResponse');

export class PipelineStageResponse implements PipelineStage {
  @ApiProperty({ example: 'in-review' }) readonly status!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'appraising',
    description: 'Đang thẩm định: bước của cấp đang xét (giao, thẩm định, tổng hợp, hội đồng)',
  })
  readonly phase!: string | null;
  @ApiProperty({ description: 'Số hồ sơ' }) readonly count!: number;
}

export const PipelineList = ListOf(PipelineStageResponse, 'PipelineList');
