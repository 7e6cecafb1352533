import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import type { SurveyCoverage } from '@ntm/domain';
import type {
  CampaignTally,
  CertifiedResult,
  OpenedCampaign,
  QuestionTally,
  RateFigure,
  ReasonTally,
  VillageTally,
} from '@ntm/survey';

import { EvidenceDto } from '../../dossiers/dto/shared.dto';
import { OfficerDto, QuestionnaireDto, SamplePlanDto, VillageDto } from './campaign.dto';

/** The shapes a survey officer's screens read: the plan, the live tallies and the certified result. */

export class RateFigureResponse implements RateFigure {
  @ApiProperty({ description: 'Số hộ trả lời' }) readonly respondents!: number;
  @ApiProperty({ description: 'Số hộ hài lòng' }) readonly satisfied!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Tỷ lệ hài lòng (0–1); null khi chưa ai trả lời' })
  readonly rate!: number | null;
  @ApiProperty({ description: 'Ngưỡng theo mức công nhận (0–1)' }) readonly threshold!: number;
  @ApiProperty({ description: 'Đạt ngưỡng' }) readonly met!: boolean;
}

export class CoverageResponse implements SurveyCoverage {
  @ApiProperty({ description: 'Số hộ của các thôn khảo sát' }) readonly households!: number;
  @ApiProperty() readonly respondents!: number;
  @ApiProperty({ description: 'Số hộ trả lời / số hộ (0–1)' }) readonly share!: number;
  @ApiProperty({ description: 'Tỷ lệ tối thiểu theo quy trình (0–1)' }) readonly required!: number;
  @ApiProperty({ description: 'Số hộ trả lời tối thiểu' }) readonly requiredRespondents!: number;
  @ApiProperty() readonly met!: boolean;
}

export class VillageTallyResponse extends RateFigureResponse implements VillageTally {
  @ApiProperty() readonly code!: string;
  @ApiProperty() readonly name!: string;
  @ApiProperty() readonly households!: number;
}

export class QuestionTallyResponse extends RateFigureResponse implements QuestionTally {
  @ApiProperty() readonly questionId!: string;
  @ApiProperty() readonly text!: string;
}

export class ReasonTallyResponse implements ReasonTally {
  @ApiProperty() readonly code!: string;
  @ApiProperty() readonly label!: string;
  @ApiProperty() readonly count!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Theo mã câu hỏi: số câu trả lời không hài lòng nêu lý do này',
  })
  readonly byQuestion!: Readonly<Record<string, number>>;
}

export class CampaignTallyResponse implements CampaignTally {
  @ApiProperty({ type: RateFigureResponse, description: 'Tỷ lệ hài lòng chung (câu hỏi chung)' })
  readonly overall!: RateFigureResponse;
  @ApiProperty({ type: CoverageResponse }) readonly coverage!: CoverageResponse;
  @ApiProperty({ type: [VillageTallyResponse] }) readonly villages!: readonly VillageTallyResponse[];
  @ApiProperty({ type: [QuestionTallyResponse] }) readonly questions!: readonly QuestionTallyResponse[];
  @ApiProperty({ type: [ReasonTallyResponse], description: 'Lý do không hài lòng, nhiều nhất trước' })
  readonly reasons!: readonly ReasonTallyResponse[];
}

export class CampaignPlanResponse implements OpenedCampaign {
  @ApiProperty({ format: 'uuid' }) readonly campaignId!: string;
  @ApiProperty({ format: 'uuid' }) readonly dossierId!: string;
  @ApiProperty() readonly unit!: string;
  @ApiProperty({ enum: ['commune', 'village', 'district'] }) readonly unitKind!: OpenedCampaign['unitKind'];
  @ApiProperty({ enum: ['ntm', 'advanced', 'model', 'modern'] }) readonly level!: OpenedCampaign['level'];
  @ApiProperty() readonly round!: number;
  @ApiProperty({ description: 'Ngưỡng hài lòng (0–1)' }) readonly threshold!: number;
  @ApiPropertyOptional({ description: 'Tỷ lệ hộ trả lời tối thiểu (0–1)' }) readonly coverage?: number;
  @ApiProperty({ type: [VillageDto] }) readonly villages!: readonly VillageDto[];
  @ApiProperty({ enum: ['direct', 'paper', 'online'] }) readonly method!: OpenedCampaign['method'];
  @ApiProperty({ type: QuestionnaireDto }) readonly questionnaire!: QuestionnaireDto;
  @ApiProperty({ type: SamplePlanDto }) readonly samplePlan!: OpenedCampaign['samplePlan'];
  @ApiProperty({ format: 'date' }) readonly opensOn!: string;
  @ApiProperty() readonly durationWorkingDays!: number;
  @ApiProperty({ format: 'date', description: 'Ngày làm việc cuối cùng thu phiếu' }) readonly closesOn!: string;
  @ApiProperty({ type: [OfficerDto] }) readonly officers!: readonly OfficerDto[];
  @ApiProperty({ format: 'date-time' }) readonly openedAt!: string;
}

export class CertifiedResultResponse implements CertifiedResult {
  @ApiProperty({ format: 'uuid' }) readonly dossierId!: string;
  @ApiProperty() readonly respondents!: number;
  @ApiProperty() readonly satisfied!: number;
  @ApiProperty() readonly rate!: number;
  @ApiProperty() readonly threshold!: number;
  @ApiProperty({ description: 'Đạt ngưỡng hài lòng' }) readonly passed!: boolean;
  @ApiProperty() readonly certifiedBy!: string;
  @ApiProperty({ type: [EvidenceDto] }) readonly report!: readonly EvidenceDto[];
  @ApiPropertyOptional({ type: CoverageResponse }) readonly coverage?: CoverageResponse;
  @ApiProperty({ format: 'date-time' }) readonly certifiedAt!: string;
  @ApiProperty({ format: 'uuid' }) readonly commandId!: string;
}
