import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import { MAX_CAMPAIGN_WORKING_DAYS, OFFICER_LEVELS, SURVEY_METHODS } from '@ntm/survey';

import { EvidenceDto } from '../../dossiers/dto/shared.dto';

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
const CODE_MESSAGE = { message: 'mã: chữ, số, "_", ".", "-" (letters, digits), tối đa 32 ký tự' };

export class VillageDto {
  @ApiProperty({ example: 'T1', description: 'Mã thôn; mã hộ là <mã thôn>-<số thứ tự hộ>' })
  @Matches(CODE, CODE_MESSAGE)
  code!: string;

  @ApiProperty({ example: 'Thôn Đông' })
  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiProperty({ example: 180, description: 'Số hộ của thôn' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  households!: number;
}

export class QuestionDto {
  @ApiProperty({ example: 'q1' })
  @Matches(CODE, CODE_MESSAGE)
  id!: string;

  @ApiProperty({ example: 'Ông/bà có hài lòng với kết quả xây dựng nông thôn mới của xã không?' })
  @IsString()
  @Length(1, 500)
  text!: string;
}

export class DissatisfactionReasonDto {
  @ApiProperty({ example: 'duong-xuong-cap' })
  @Matches(CODE, CODE_MESSAGE)
  code!: string;

  @ApiProperty({ example: 'Đường giao thông xuống cấp' })
  @IsString()
  @Length(1, 200)
  label!: string;
}

export class QuestionnaireDto {
  @ApiProperty({ example: 'MTTQ-2026.1', description: 'Phiên bản mẫu phiếu' })
  @IsString()
  @Length(1, 40)
  version!: string;

  @ApiProperty({ type: [QuestionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => QuestionDto)
  questions!: QuestionDto[];

  @ApiProperty({ example: 'q1', description: 'Câu hỏi chung: tỷ lệ hài lòng tính trên câu này' })
  @IsString()
  overallQuestionId!: string;

  @ApiProperty({ type: [DissatisfactionReasonDto], description: 'Các lý do không hài lòng (mã hóa)' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => DissatisfactionReasonDto)
  reasons!: DissatisfactionReasonDto[];
}

export class SamplePlanDto {
  @ApiProperty({ enum: ['all-households', 'sample'] })
  @IsIn(['all-households', 'sample'])
  kind!: 'all-households' | 'sample';

  @ApiProperty({ required: false, example: 300, description: 'Cỡ mẫu (số hộ), khi khảo sát theo mẫu' })
  @IsOptional()
  @IsInt()
  @Min(1)
  size?: number;

  @ApiProperty({ required: false, example: 'Tối thiểu 30% số hộ mỗi thôn, chọn ngẫu nhiên theo danh sách hộ' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  rule?: string;
}

export class OfficerDto {
  @ApiProperty({ enum: OFFICER_LEVELS })
  @IsIn(OFFICER_LEVELS)
  level!: (typeof OFFICER_LEVELS)[number];

  @ApiProperty({ example: 'mttq-quan-ha', description: 'Mã người dùng (không ghi họ tên)' })
  @Matches(CODE, CODE_MESSAGE)
  userId!: string;
}

export class OpenCampaignDto {
  @ApiProperty({ type: [VillageDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => VillageDto)
  villages!: VillageDto[];

  @ApiProperty({ enum: SURVEY_METHODS })
  @IsIn(SURVEY_METHODS)
  method!: (typeof SURVEY_METHODS)[number];

  @ApiProperty({ type: QuestionnaireDto })
  @ValidateNested()
  @Type(() => QuestionnaireDto)
  questionnaire!: QuestionnaireDto;

  @ApiProperty({ type: SamplePlanDto })
  @ValidateNested()
  @Type(() => SamplePlanDto)
  samplePlan!: SamplePlanDto;

  @ApiProperty({ example: '2026-04-01', description: 'Ngày bắt đầu (ngày làm việc)' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  opensOn!: string;

  @ApiProperty({ example: 10, description: 'Thời gian khảo sát, ngày làm việc' })
  @IsInt()
  @Min(1)
  @Max(MAX_CAMPAIGN_WORKING_DAYS)
  durationWorkingDays!: number;

  @ApiProperty({ type: [OfficerDto], description: 'Cán bộ MTTQ phụ trách theo cấp' })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => OfficerDto)
  officers!: OfficerDto[];
}

export class CertifyDto {
  @ApiProperty({ type: [EvidenceDto], description: 'Biên bản tổng hợp kết quả lấy ý kiến' })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  report!: EvidenceDto[];
}
