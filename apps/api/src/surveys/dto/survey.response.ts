import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import type { CampaignStatus, RowProblem, SurveyEventType } from '@ntm/survey';

import { ListOf } from '../../platform/api-schemas';
import type { CampaignView } from '../campaign-view';
import type { CampaignListItem } from '../survey-campaign-index';
import type { CertifiedOutcome, OpenedOutcome } from '../survey-commands';
import type { ImportOutcome } from '../survey-imports';
import type { SurveyOutcome } from '../survey-store';
import {
  CampaignPlanResponse,
  CampaignTallyResponse,
  CertifiedResultResponse,
  CoverageResponse,
  RateFigureResponse,
} from './tally.response';
const CAMPAIGN_STATUSES: readonly CampaignStatus[] = ['none', 'open', 'closed', 'certified'];

export class SurveyOutcomeResponse implements SurveyOutcome {
  @ApiProperty({ format: 'uuid' }) readonly campaignId!: string;
  @ApiProperty({ description: 'Phiên bản đợt khảo sát (cũng là ETag)' }) readonly version!: number;
  @ApiProperty({ type: [String], example: ['SurveyResponseRecorded'] }) readonly events!: readonly SurveyEventType[];
}

export class CertifiedCampaignResponse extends SurveyOutcomeResponse implements CertifiedOutcome {
  @ApiProperty({
    type: RateFigureResponse,
    description: 'Tỷ lệ hài lòng đã xác nhận, ngưỡng theo mức công nhận và có đạt hay không',
  })
  readonly satisfaction!: RateFigureResponse;
  @ApiProperty({
    type: CoverageResponse,
    description: 'Số hộ trả lời trên tổng số hộ của các thôn khảo sát, và tỷ lệ tối thiểu theo quy trình',
  })
  readonly coverage!: CoverageResponse;
}

export class OpenedCampaignResponse extends SurveyOutcomeResponse implements OpenedOutcome {
  @ApiProperty({ format: 'date', description: 'Ngày làm việc cuối cùng thu phiếu' }) readonly closesOn!: string;
}

export class RowProblemResponse implements RowProblem {
  @ApiProperty() readonly line!: number;
  @ApiProperty() readonly column!: string;
  @ApiProperty() readonly code!: string;
  @ApiProperty() readonly reason!: string;
  @ApiProperty() readonly reasonEn!: string;
}

export class ImportOutcomeResponse implements ImportOutcome {
  @ApiProperty({ format: 'uuid' }) readonly campaignId!: string;
  @ApiProperty() readonly version!: number;
  @ApiProperty() readonly fileSha256!: string;
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'] }) readonly format?: 'csv' | 'xlsx';
  @ApiPropertyOptional() readonly rows?: number;
  @ApiProperty() readonly imported!: number;
  @ApiProperty() readonly skippedRows!: number;
  @ApiProperty({ description: 'Tệp này đã được nhập trước đó: không nhập lại' }) readonly alreadyImported!: boolean;
  @ApiProperty({ type: [RowProblemResponse] }) readonly problems!: readonly RowProblemResponse[];
}

export class CampaignListItemResponse implements CampaignListItem {
  @ApiProperty({ format: 'uuid' }) readonly campaignId!: string;
  @ApiProperty({ format: 'uuid' }) readonly dossierId!: string;
  @ApiProperty() readonly round!: number;
  @ApiProperty({ enum: ['open', 'closed', 'certified'] }) readonly status!: 'open' | 'closed' | 'certified';
  @ApiProperty() readonly method!: string;
  @ApiProperty() readonly opensOn!: string;
  @ApiProperty() readonly closesOn!: string;
  @ApiProperty() readonly threshold!: number;
  @ApiProperty() readonly respondents!: number;
  @ApiProperty({ type: Number, nullable: true }) readonly rate!: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) readonly passed!: boolean | null;
  @ApiProperty() readonly closingReminded!: boolean;
  @ApiProperty() readonly closingDatePassed!: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) readonly openedAt!: Date;
}

export const CampaignListResponse = ListOf(CampaignListItemResponse, 'CampaignListResponse');

export class CampaignViewResponse implements CampaignView {
  @ApiProperty() readonly version!: number;
  @ApiProperty({ enum: CAMPAIGN_STATUSES }) readonly status!: CampaignStatus;
  @ApiProperty({ type: CampaignPlanResponse, description: 'Kế hoạch: phạm vi, hình thức, phiếu, mẫu, thời gian' })
  readonly campaign!: CampaignPlanResponse;
  @ApiProperty({ type: [String], description: 'sha256 của các tệp đã nhập' }) readonly imports!: readonly string[];
  @ApiProperty({ type: CampaignTallyResponse, description: 'Tổng hợp: chung, theo thôn, theo câu hỏi, lý do' })
  readonly tally!: CampaignTallyResponse;
  @ApiProperty({ type: CertifiedResultResponse, nullable: true })
  readonly certified!: CertifiedResultResponse | null;
}

export class CampaignTalliesResponse extends CampaignTallyResponse {
  @ApiProperty({ format: 'uuid' }) readonly campaignId!: string;
  @ApiProperty() readonly version!: number;
  @ApiProperty({ enum: CAMPAIGN_STATUSES }) readonly status!: CampaignStatus;
}
