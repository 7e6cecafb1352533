import { ApiProperty } from '@nestjs/swagger';

import type { CouncilOpeningView, CouncilRevocationView, Tier } from '@ntm/domain';

import { ListOf, PageOf } from '../platform/api-schemas';
import type { CouncilWaitingItem } from './council-waiting.query';
import type { CouncilAnswer, CouncilCandidate } from './council.query';
import { RevocationViewResponse } from './dossier-queries.response';

const TIERS = ['commune', 'district', 'province'];
const SUBJECTS = ['recognition', 'revocation'];

/** Whether the member voted, never how: the ballot is secret. */
class CouncilMemberResponse {
  @ApiProperty() readonly memberId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Họ tên, khi người dùng được biết' })
  readonly name!: string | null;
  @ApiProperty() readonly voted!: boolean;
  @ApiProperty({ description: 'Đã thẩm định tiêu chí của hồ sơ: xung đột lợi ích, không được bỏ phiếu' })
  readonly appraisedThisDossier!: boolean;
}

class CouncilSessionResponse {
  @ApiProperty() readonly session!: number;
  @ApiProperty({ enum: TIERS }) readonly tier!: Tier;
  @ApiProperty({ enum: SUBJECTS }) readonly subject!: 'recognition' | 'revocation';
  @ApiProperty({ type: [CouncilMemberResponse] }) readonly members!: CouncilMemberResponse[];
  @ApiProperty({ description: 'Số thành viên đã bỏ phiếu (có mặt)' }) readonly present!: number;
  @ApiProperty({ description: 'Số phiếu tán thành' }) readonly approvals!: number;
  @ApiProperty({ description: 'Túc số: tỷ lệ thành viên phải có mặt' }) readonly quorumShare!: number;
  @ApiProperty({ description: 'Tỷ lệ tán thành trên số có mặt để thông qua' }) readonly approvalShare!: number;
  @ApiProperty() readonly quorumMet!: boolean;
  @ApiProperty({ description: 'Thông qua (khi đã kết thúc), hoặc kết quả nếu kết thúc ngay' })
  readonly approved!: boolean;
  @ApiProperty() readonly closed!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Hạn đủ túc số, khi phiên còn thiếu' })
  readonly quorumDueDate!: string | null;
}

class CouncilRefusalResponse {
  @ApiProperty({ example: 'review.step-incomplete' }) readonly code!: string;
  @ApiProperty() readonly messageVi!: string;
  @ApiProperty() readonly messageEn!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  readonly details!: Record<string, unknown> | null;
}

class CouncilOpeningResponse implements CouncilOpeningView {
  @ApiProperty() readonly allowed!: boolean;
  @ApiProperty({ type: CouncilRefusalResponse, nullable: true, description: 'Lý do chưa được mở phiên' })
  readonly reason!: CouncilRefusalResponse | null;
}

class CouncilCallerResponse {
  @ApiProperty({ description: 'Là thành viên phiên hiện tại' }) readonly member!: boolean;
  @ApiProperty() readonly voted!: boolean;
  @ApiProperty({ description: 'Đã thẩm định hồ sơ này: không được bỏ phiếu' }) readonly conflicted!: boolean;
}

class CouncilSurveyResponse {
  @ApiProperty({ description: 'Tỷ lệ hài lòng (0–1)' }) readonly rate!: number;
  @ApiProperty({ description: 'Ngưỡng của mức đạt chuẩn (0–1)' }) readonly threshold!: number;
  @ApiProperty() readonly passed!: boolean;
}

class CouncilExplanationResponse {
  @ApiProperty() readonly text!: string;
  @ApiProperty() readonly at!: string;
}

class CouncilConsultationResponse {
  @ApiProperty() readonly recorded!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) readonly heldOn!: string | null;
  @ApiProperty({ type: Number, nullable: true }) readonly participants!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Số người đồng ý thu hồi' })
  readonly inFavour!: number | null;
  @ApiProperty({ type: String, nullable: true }) readonly summary!: string | null;
}

class CouncilRevocationResponse implements CouncilRevocationView {
  @ApiProperty({ description: 'Căn cứ đề nghị thu hồi' }) readonly grounds!: string;
  @ApiProperty({ type: [String] }) readonly unmetCriterionIds!: string[];
  @ApiProperty({ description: 'Tỷ lệ tiêu chí không còn đạt (0–1)' }) readonly share!: number;
  @ApiProperty({ type: [String] }) readonly criticalUnmet!: string[];
  @ApiProperty({ type: CouncilExplanationResponse, nullable: true })
  readonly explanation!: CouncilExplanationResponse | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Hết hạn giải trình mà xã không giải trình',
  })
  readonly explanationOverdue!: string | null;
  @ApiProperty({
    type: CouncilConsultationResponse,
    nullable: true,
    description: 'Lấy ý kiến người dân (Nghị định 131/2025/NĐ-CP, Điều 44), khi bắt buộc',
  })
  readonly consultation!: CouncilConsultationResponse | null;
}

export class CouncilResponse implements CouncilAnswer {
  @ApiProperty({ format: 'uuid' }) readonly dossierId!: string;
  @ApiProperty() readonly unitCode!: string;
  @ApiProperty() readonly version!: number;
  @ApiProperty({ enum: TIERS, nullable: true, type: String }) readonly tier!: Tier | null;
  @ApiProperty({ enum: SUBJECTS, nullable: true, type: String }) readonly subject!: 'recognition' | 'revocation' | null;
  @ApiProperty({ type: CouncilSurveyResponse, nullable: true }) readonly survey!: CouncilSurveyResponse | null;
  @ApiProperty({ type: CouncilRevocationResponse, nullable: true, description: 'Khi hội đồng xét đề nghị thu hồi' })
  readonly revocation!: CouncilRevocationResponse | null;
  @ApiProperty({ type: CouncilOpeningResponse }) readonly opening!: CouncilOpeningResponse;
  @ApiProperty({
    type: CouncilSessionResponse,
    nullable: true,
    description: 'Phiên gần nhất, đang họp hoặc đã kết thúc',
  })
  readonly current!: CouncilSessionResponse | null;
  @ApiProperty({ type: [CouncilSessionResponse], description: 'Các phiên trước (không đủ túc số)' })
  readonly earlier!: CouncilSessionResponse[];
  @ApiProperty({ type: CouncilCallerResponse }) readonly caller!: CouncilCallerResponse;
}

class CouncilCandidateResponse implements CouncilCandidate {
  @ApiProperty() readonly userId!: string;
  @ApiProperty() readonly name!: string;
  @ApiProperty({ enum: ['council-member', 'district-council-member'] })
  readonly role!: 'council-member' | 'district-council-member';
  @ApiProperty() readonly unit!: string;
  @ApiProperty({ description: 'Đã thẩm định hồ sơ này: không được bỏ phiếu' }) readonly appraisedThisDossier!: boolean;
}

export const CouncilCandidates = ListOf(CouncilCandidateResponse, 'CouncilCandidates');

/** A dossier the secretary may convene a council on. */
class CouncilWaitingItemResponse implements CouncilWaitingItem {
  @ApiProperty({ format: 'uuid' }) readonly dossierId!: string;
  @ApiProperty() readonly unitCode!: string;
  @ApiProperty({ enum: SUBJECTS }) readonly subject!: 'recognition' | 'revocation';
  @ApiProperty({ type: String, nullable: true, enum: TIERS }) readonly tier!: string | null;
  @ApiProperty({ description: 'Số tiêu chí đạt' }) readonly metCount!: number;
  @ApiProperty() readonly total!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Tỷ lệ hài lòng của người dân' })
  readonly surveyRate!: number | null;
  @ApiProperty({
    type: RevocationViewResponse,
    nullable: true,
    description: 'Đề nghị thu hồi, nếu hội đồng xét thu hồi',
  })
  readonly revocation!: RevocationViewResponse | null;
  @ApiProperty() readonly updatedAt!: string;
}

export const CouncilWaitingPage = PageOf(CouncilWaitingItemResponse, 'CouncilWaitingPage');
