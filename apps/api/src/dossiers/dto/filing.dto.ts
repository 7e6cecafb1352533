import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import { levels, regions } from '@ntm/catalogue';

import { ConstructionDebtDto, EvidenceDto, MeasuredIndicatorDto, SecurityAndOrderDto } from './shared.dto';

export const TIERS = ['commune', 'district', 'province'] as const;

export class RegisterDossierDto {
  @ApiProperty({ example: '02008', description: 'Mã đơn vị hành chính (xã / huyện / thôn)' })
  @IsString()
  @Length(1, 20)
  unitCode!: string;

  @ApiProperty({ enum: levels })
  @IsIn(levels)
  level!: (typeof levels)[number];

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2020)
  @Max(2100)
  year!: number;

  @ApiProperty({ required: false, enum: regions, description: 'Vùng (bộ tiêu chí 2021–2025)' })
  @IsOptional()
  @IsIn(regions)
  region?: (typeof regions)[number];

  @ApiProperty({
    required: false,
    enum: [1, 2, 3],
    description: 'Nhóm xã (QĐ 51/2025/QĐ-TTg): lấy theo phân nhóm của tỉnh; chỉ cần khi xã chưa được xếp nhóm',
  })
  @IsOptional()
  @IsIn([1, 2, 3])
  communeGroup?: 1 | 2 | 3;

  @ApiProperty({ required: false, example: '2025-06-01', description: 'Ngày nộp hồ sơ giấy, nếu trước hôm nay' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  filedOn?: string;

  @ApiProperty({
    required: false,
    format: 'uuid',
    description: 'Công nhận lại sau khi bị thu hồi: hồ sơ trước (đã bị thu hồi) của cùng đơn vị',
  })
  @IsOptional()
  @IsUUID()
  previousDossierId?: string;
}

export class SelfAssessmentDto {
  @ApiProperty({ type: [MeasuredIndicatorDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => MeasuredIndicatorDto)
  indicators!: MeasuredIndicatorDto[];

  @ApiProperty({ type: ConstructionDebtDto })
  @ValidateNested()
  @Type(() => ConstructionDebtDto)
  constructionDebt!: ConstructionDebtDto;

  @ApiProperty({
    type: SecurityAndOrderDto,
    required: false,
    description: 'Bắt buộc khi bộ tiêu chí của hồ sơ có điều kiện "xã không phức tạp về an ninh, trật tự"',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SecurityAndOrderDto)
  securityAndOrder?: SecurityAndOrderDto;
}

export class PostResultsDto {
  @ApiProperty({ example: '2026-03-01T00:00:00+07:00' })
  @IsISO8601({ strict: true })
  postedFrom!: string;

  @ApiProperty({ example: '2026-03-16T00:00:00+07:00', description: 'Hết thời hạn lấy ý kiến (ít nhất 15 ngày)' })
  @IsISO8601({ strict: true })
  postedUntil!: string;

  @ApiProperty({ example: ['Nhà văn hóa thôn Nà Pài'] })
  @IsArray()
  @ArrayMinSize(1)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  places!: string[];
}

export class CommentDto {
  @ApiProperty({ example: 'Người dân thôn Nà Pài' })
  @IsString()
  @Length(1, 200)
  author!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 5000)
  content!: string;

  @ApiProperty({ example: '2026-03-05T08:00:00+07:00' })
  @IsISO8601({ strict: true })
  receivedOn!: string;
}

export class AnswerDto {
  @ApiProperty()
  @IsString()
  @Length(1, 5000)
  answer!: string;
}

export class SurveyResultDto {
  @ApiProperty({ example: 400 })
  @IsInt()
  @Min(1)
  respondents!: number;

  @ApiProperty({ example: 372 })
  @IsInt()
  @Min(0)
  satisfied!: number;

  @ApiProperty({
    example: 520,
    description: 'Tổng số hộ của các thôn được khảo sát: số phiếu phải đạt tỷ lệ tối thiểu (mặc định 70%)',
  })
  @IsInt()
  @Min(1)
  households!: number;

  @ApiProperty({ example: 'Ban Thường trực Ủy ban MTTQ xã' })
  @IsString()
  @Length(1, 200)
  certifiedBy!: string;

  @ApiProperty({ type: [EvidenceDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  report!: EvidenceDto[];
}

export class SubmissionDto {
  @ApiProperty({ enum: TIERS, description: 'Cấp nhận hồ sơ (bước tiếp theo của quy trình)' })
  @IsIn(TIERS)
  tier!: (typeof TIERS)[number];
}

/** The file of a submission dossier's document to detach (its sha256 as attached). */
export class DetachDocumentDto {
  @ApiProperty({ example: 'a'.repeat(64) })
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256: 64 ký tự hex thường (64 lowercase hex characters)' })
  sha256!: string;
}

export class ReasonDto {
  @ApiProperty()
  @IsString()
  @Length(1, 5000)
  reason!: string;
}

export class NoteDto {
  @ApiProperty()
  @IsString()
  @Length(1, 5000)
  note!: string;
}
