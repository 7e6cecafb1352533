import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Length,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import { TIERS } from './filing.dto';
import { EvidenceDto, MeasuredIndicatorDto } from './shared.dto';

const VERDICTS = ['met', 'not-met'] as const;

export class AppraisalDto {
  @ApiProperty({ enum: VERDICTS })
  @IsIn(VERDICTS)
  verdict!: (typeof VERDICTS)[number];

  @ApiProperty({ description: 'Kết quả thẩm định, nhận xét' })
  @IsString()
  @Length(1, 5000)
  findings!: string;

  @ApiProperty({
    required: false,
    additionalProperties: { type: 'string', enum: [...VERDICTS] },
    description: 'Kết luận của người thẩm định cho các chỉ tiêu đánh giá định tính (mã chỉ tiêu → met / not-met)',
  })
  @IsOptional()
  @IsObject()
  judgements?: Record<string, (typeof VERDICTS)[number]>;
}

export class SupplementDto {
  @ApiProperty()
  @IsString()
  @Length(1, 5000)
  note!: string;

  @ApiProperty({ type: [EvidenceDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  documents!: EvidenceDto[];

  @ApiProperty({ type: [MeasuredIndicatorDto], description: 'Giá trị chỉ tiêu được điều chỉnh' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => MeasuredIndicatorDto)
  indicators!: MeasuredIndicatorDto[];
}

export class DeadlineExtensionDto {
  @ApiProperty({ example: '2026-04-30' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  dueDate!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class CouncilDto {
  @ApiProperty({ enum: TIERS })
  @IsIn(TIERS)
  tier!: (typeof TIERS)[number];

  @ApiProperty({ example: ['hoi-dong-bac-kan', 'thanh-vien-2'], description: 'Mã người dùng của các thành viên' })
  @IsArray()
  @ArrayMinSize(1)
  @IsString({ each: true })
  members!: string[];
}

export class TierDto {
  @ApiProperty({ enum: TIERS })
  @IsIn(TIERS)
  tier!: (typeof TIERS)[number];
}

export class VoteDto {
  @ApiProperty()
  @IsBoolean()
  approve!: boolean;

  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  comment?: string;
}

export class DecisionDto {
  @ApiProperty({
    required: false,
    example: '1234/QĐ-UBND',
    description: 'Số/ký hiệu; để trống: sổ của tỉnh trong năm cấp số tiếp theo (hoặc số hồ sơ này đã được cấp)',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  decisionNumber?: string;

  @ApiProperty({ example: '2026-11-20' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  decisionDate!: string;

  @ApiProperty({ example: 'Chủ tịch UBND tỉnh' })
  @IsString()
  @Length(1, 200)
  signer!: string;
}

export class RefusalReasonDto {
  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  criterionId?: string;

  @ApiProperty()
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class RefusalDto {
  @ApiProperty({ type: [RefusalReasonDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => RefusalReasonDto)
  reasons!: RefusalReasonDto[];
}

export class RevocationProposalDto {
  @ApiProperty({
    example: ['10', '17'],
    description: 'Tiêu chí không còn đạt; có thể để trống khi đề nghị thu hồi huyện vì từ 30% số xã bị thu hồi',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  unmetCriterionIds!: string[];

  @ApiProperty()
  @IsString()
  @Length(1, 5000)
  grounds!: string;
}

const OUTCOMES = ['revoke', 'dismiss'] as const;

export class RevocationDecisionDto {
  @ApiProperty({ enum: OUTCOMES })
  @IsIn(OUTCOMES)
  outcome!: (typeof OUTCOMES)[number];

  @ApiProperty({
    required: false,
    example: '77/QĐ-UBND',
    description: 'Thu hồi: số/ký hiệu; để trống: sổ của tỉnh trong năm cấp số tiếp theo',
  })
  @ValidateIf((dto: RevocationDecisionDto) => dto.outcome === 'revoke' && dto.decisionNumber !== undefined)
  @IsString()
  @Length(1, 100)
  decisionNumber?: string;

  @ApiProperty({ required: false })
  @ValidateIf((dto: RevocationDecisionDto) => dto.outcome === 'revoke')
  @IsISO8601({ strict: true })
  decisionDate?: string;

  @ApiProperty({ required: false })
  @ValidateIf((dto: RevocationDecisionDto) => dto.outcome === 'revoke')
  @IsString()
  @Length(1, 200)
  signer?: string;

  @ApiProperty({ required: false })
  @ValidateIf((dto: RevocationDecisionDto) => dto.outcome === 'dismiss')
  @IsString()
  @Length(1, 5000)
  reason?: string;
}
