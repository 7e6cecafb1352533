import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;
const CODE_MESSAGE = { message: 'chỉ ghi mã (chữ, số, "-"), không ghi họ tên hay số điện thoại (codes only)' };
const ENTRY_CHANNELS = ['direct', 'paper', 'online'] as const;

export class QuestionAnswerDto {
  @ApiProperty({ example: 'q1' })
  @IsString()
  @Length(1, 32)
  questionId!: string;

  @ApiProperty({ example: true })
  @IsBoolean()
  satisfied!: boolean;

  @ApiProperty({ required: false, example: 'duong-xuong-cap', description: 'Mã lý do, khi không hài lòng' })
  @IsOptional()
  @Matches(CODE, CODE_MESSAGE)
  reason?: string;
}

/** One household's answers: codes only (unknown fields such as a name or phone are refused). */
export class AnswersDto {
  @ApiProperty({ example: 'T1' })
  @Matches(CODE, CODE_MESSAGE)
  village!: string;

  @ApiProperty({ type: [QuestionAnswerDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => QuestionAnswerDto)
  answers!: QuestionAnswerDto[];

  @ApiProperty({ enum: ENTRY_CHANNELS })
  @IsIn(ENTRY_CHANNELS)
  channel!: (typeof ENTRY_CHANNELS)[number];
}

export class ResponseDto extends AnswersDto {
  @ApiProperty({ example: 'T1-12', description: 'Mã hộ: <mã thôn>-<số thứ tự hộ>' })
  @Matches(CODE, CODE_MESSAGE)
  householdCode!: string;
}

export class CorrectionDto extends AnswersDto {
  @ApiProperty({ example: 'Phiếu ghi nhầm câu 2, hộ xác nhận lại' })
  @IsString()
  @Length(3, 500)
  reason!: string;
}
