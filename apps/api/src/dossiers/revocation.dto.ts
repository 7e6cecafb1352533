import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsString,
  Length,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import { EvidenceDto, MeasuredIndicatorDto } from './dto/shared.dto';

/** The evidence files backing an explanation or a finding: up to 200. */
const EvidenceFiles = () =>
  applyDecorators(
    Type(() => EvidenceDto),
    ValidateNested({ each: true }),
    ArrayMaxSize(200),
    IsArray(),
    ApiProperty({ type: [EvidenceDto] }),
  );

/** QĐ 18/2022/QĐ-TTg, Điều 24: the commune's explanation of a revocation proposal, with evidence. */
export class RevocationExplanationDto {
  @ApiProperty({ example: 'Xã đã khắc phục tiêu chí Thu nhập, kèm số liệu thống kê năm 2027' })
  @IsString()
  @Length(1, 10000)
  explanation!: string;

  @EvidenceFiles()
  evidence!: EvidenceDto[];
}

/** Nghị định 131/2025/NĐ-CP, Điều 44: the residents' consultation the commune organised on a revocation proposal. */
export class ResidentsConsultationDto {
  @ApiProperty({ format: 'date', example: '2027-05-20', description: 'Ngày kết thúc lấy ý kiến' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  heldOn!: string;

  @ApiProperty({ minimum: 1, example: 320, description: 'Số người dân (đại diện hộ) cho ý kiến' })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  participants!: number;

  @ApiProperty({ minimum: 0, example: 250, description: 'Số người đồng ý thu hồi' })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  inFavour!: number;

  @ApiProperty({ example: 'Đa số người dân đồng ý thu hồi; ý kiến khác đề nghị cho xã thời gian khắc phục' })
  @IsString()
  @Length(1, 10000)
  summary!: string;

  @EvidenceFiles()
  @ArrayMinSize(1)
  evidence!: EvidenceDto[];
}

/** A periodic review of a recognised unit: current values of (some of) its indicators. */
export class ReviewRoundDto {
  @ApiProperty({ type: [MeasuredIndicatorDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => MeasuredIndicatorDto)
  indicators!: MeasuredIndicatorDto[];
}

const CASE_OUTCOMES = ['propose', 'close'] as const;

/** The coordinator's answer to a revocation case: open the revocation (with grounds) or close it (with a reason). */
export class RevocationCaseResolutionDto {
  @ApiProperty({ enum: CASE_OUTCOMES })
  @IsIn(CASE_OUTCOMES)
  outcome!: (typeof CASE_OUTCOMES)[number];

  @ApiProperty({ required: false, example: 'Rà soát định kỳ năm 2027: Thu nhập và Nghèo đa chiều không còn đạt' })
  @ValidateIf((dto: RevocationCaseResolutionDto) => dto.outcome === 'propose')
  @IsString()
  @Length(1, 5000)
  grounds?: string;

  @ApiProperty({ required: false, example: 'Số liệu nhập sai, đã đối chiếu lại với Cục Thống kê' })
  @ValidateIf((dto: RevocationCaseResolutionDto) => dto.outcome === 'close')
  @IsString()
  @Length(1, 5000)
  reason?: string;
}

export class RevocationFindingDto {
  @ApiProperty({ example: 'c-income' })
  @IsString()
  @Length(1, 100)
  criterionId!: string;

  @ApiProperty({ description: 'Tiêu chí hiện còn đạt hay không, theo kết quả xác minh' })
  @IsBoolean()
  met!: boolean;

  @ApiProperty({ example: 'Kiểm tra thực tế: thu nhập bình quân 40 triệu đồng/người/năm' })
  @IsString()
  @Length(1, 10000)
  findings!: string;

  @EvidenceFiles()
  evidence!: EvidenceDto[];
}

/** Verification of a revocation proposal: one finding per criterion it names (none for a huyện's communes ground alone). */
export class RevocationVerificationDto {
  @ApiProperty({ type: [RevocationFindingDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RevocationFindingDto)
  findings!: RevocationFindingDto[];
}

/** A decision's public announcement (công bố): a recognition's or a revocation's. */
export class AnnouncementDto {
  @ApiProperty({ example: '2027-06-02' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  announcedOn!: string;

  @ApiProperty({ example: ['Cổng thông tin điện tử tỉnh', 'Trụ sở UBND xã'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  places!: string[];
}
