import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import type {
  AppraisalRecordView,
  AssessmentView,
  CriterionView,
  IndicatorView,
  SupplementRequestView,
} from '@ntm/domain';

import { DOMAIN_OBJECT } from '../platform/api-schemas';

const VALUE = { oneOf: [{ type: 'boolean' }, { type: 'number' }, { type: 'string' }] };
const VERDICTS = ['met', 'not-met', 'needs-judgement', 'missing'];

class EvidenceResponse {
  @ApiProperty() readonly sha256!: string;
  @ApiProperty() readonly name!: string;
}

/** One shape for the four kinds: the fields of the others are absent. */
class MeasureResponse {
  @ApiProperty({ enum: ['boolean', 'number', 'level', 'judgement'] }) readonly kind!: string;
  @ApiPropertyOptional({ example: '%' }) readonly unit?: string;
  @ApiPropertyOptional({ enum: ['gte', 'gt', 'lte', 'lt', 'eq'] }) readonly comparison?: string;
  @ApiPropertyOptional({ description: 'Ngưỡng theo vùng / nhóm xã của hồ sơ' }) readonly threshold?: number;
  @ApiPropertyOptional({ description: 'Ngưỡng mặc định, tỉnh chưa xác nhận theo văn bản' })
  readonly unconfirmed?: boolean;
  @ApiPropertyOptional({ type: [String] }) readonly levels?: readonly string[];
  @ApiPropertyOptional() readonly minimum?: string;
}

class IndicatorResponse implements IndicatorView {
  @ApiProperty({ example: '17.1' }) readonly indicatorId!: string;
  @ApiProperty() readonly name!: string;
  @ApiProperty({ type: MeasureResponse }) readonly measure!: IndicatorView['measure'];
  @ApiPropertyOptional(VALUE) readonly value?: boolean | number | string;
  @ApiProperty({ type: [EvidenceResponse] }) readonly evidence!: readonly EvidenceResponse[];
  @ApiProperty({ enum: VERDICTS }) readonly verdict!: IndicatorView['verdict'];
}

class CriterionResponse implements CriterionView {
  @ApiProperty({ example: '17' }) readonly criterionId!: string;
  @ApiProperty() readonly name!: string;
  @ApiProperty() readonly critical!: boolean;
  @ApiProperty({ example: 'STNMT' }) readonly department!: string;
  @ApiProperty({ enum: VERDICTS }) readonly verdict!: CriterionView['verdict'];
  @ApiProperty({ type: [IndicatorResponse] }) readonly indicators!: readonly IndicatorResponse[];
}

class ConstructionDebtResponse {
  @ApiProperty() readonly outstanding!: boolean;
  @ApiPropertyOptional({ description: 'VND' }) readonly amount?: number;
  @ApiProperty({ type: [EvidenceResponse] }) readonly evidence!: readonly EvidenceResponse[];
}

class PostingResponse {
  @ApiProperty({ format: 'date' }) readonly postedFrom!: string;
  @ApiProperty({ format: 'date' }) readonly postedUntil!: string;
  @ApiProperty() readonly closed!: boolean;
}

class CommentResponse {
  @ApiProperty() readonly commentId!: string;
  @ApiProperty() readonly author!: string;
  @ApiProperty() readonly content!: string;
  @ApiProperty({ format: 'date' }) readonly receivedOn!: string;
  @ApiPropertyOptional() readonly answer?: string;
}

class SupplementRequestResponse implements SupplementRequestView {
  @ApiProperty() readonly criterionId!: string;
  @ApiProperty() readonly department!: string;
  @ApiProperty() readonly reason!: string;
  @ApiProperty({ format: 'date-time' }) readonly requestedAt!: string;
  @ApiProperty() readonly provided!: boolean;
}

class AppraisalRecordResponse implements AppraisalRecordView {
  @ApiProperty() readonly round!: number;
  @ApiProperty({ enum: ['commune', 'district', 'province'] }) readonly tier!: AppraisalRecordView['tier'];
  @ApiProperty() readonly criterionId!: string;
  @ApiProperty() readonly department!: string;
  @ApiProperty({ enum: ['met', 'not-met'] }) readonly verdict!: AppraisalRecordView['verdict'];
  @ApiProperty() readonly findings!: string;
  @ApiProperty({ format: 'date-time' }) readonly appraisedAt!: string;
}

export class AssessmentResponse implements AssessmentView {
  @ApiProperty({ format: 'uuid' }) readonly dossierId!: string;
  @ApiProperty({ description: 'Phiên bản hồ sơ (dùng cho If-Match)' }) readonly version!: number;
  @ApiProperty() readonly round!: number;
  @ApiProperty({ ...DOMAIN_OBJECT, description: '{ region } (2021–2025) hoặc { group } (2026–2030)' })
  readonly variant!: AssessmentView['variant'];
  @ApiProperty() readonly criteriaSetTitle!: string;
  @ApiProperty({ type: [CriterionResponse] }) readonly criteria!: readonly CriterionResponse[];
  @ApiProperty({ type: [IndicatorResponse] }) readonly conditions!: readonly IndicatorResponse[];
  @ApiPropertyOptional({ type: ConstructionDebtResponse }) readonly constructionDebt?: ConstructionDebtResponse;
  @ApiPropertyOptional({ format: 'date-time' }) readonly assessedAt?: string;
  @ApiPropertyOptional({ type: PostingResponse }) readonly posting?: PostingResponse;
  @ApiProperty({ type: [CommentResponse] }) readonly comments!: readonly CommentResponse[];
  @ApiProperty({ type: [SupplementRequestResponse] })
  readonly supplementRequests!: readonly SupplementRequestResponse[];
  @ApiProperty({ type: [AppraisalRecordResponse], description: 'Mọi lần thẩm định, mọi vòng và bước' })
  readonly appraisals!: readonly AppraisalRecordResponse[];
}
