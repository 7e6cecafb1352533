import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
  ValidateNested,
  ValidationArguments,
  registerDecorator,
} from 'class-validator';

/** A content-addressed evidence file (sha256 of its bytes). */
export class EvidenceDto {
  @ApiProperty({ example: 'a'.repeat(64) })
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256: 64 ký tự hex thường (64 lowercase hex characters)' })
  sha256!: string;

  @ApiProperty({ example: 'bien-ban-hop.pdf' })
  @IsString()
  @Length(1, 255)
  name!: string;
}

/** boolean, number or text: the catalogue's measure decides which is valid (checked by the domain). */
function IsIndicatorValue() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isIndicatorValue',
      target: target.constructor,
      propertyName,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'boolean' ||
          (typeof value === 'number' && Number.isFinite(value)) ||
          (typeof value === 'string' && value.length > 0 && value.length <= 2000),
        defaultMessage: (args: ValidationArguments) =>
          `${args.property}: phải là true/false, số hoặc văn bản (boolean, number or text)`,
      },
    });
}

export class MeasuredIndicatorDto {
  @ApiProperty({ example: '10.1' })
  @IsString()
  @Length(1, 40)
  indicatorId!: string;

  @ApiProperty({ oneOf: [{ type: 'boolean' }, { type: 'number' }, { type: 'string' }], example: 52.3 })
  @IsIndicatorValue()
  value!: boolean | number | string;

  @ApiProperty({ type: [EvidenceDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence!: EvidenceDto[];
}

export class ConstructionDebtDto {
  @ApiProperty({
    description:
      'Còn nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới (công trình thuộc Chương trình, không phải mọi khoản nợ của xã)',
  })
  @IsBoolean()
  outstanding!: boolean;

  @ApiProperty({ required: false, description: 'VNĐ, khi còn nợ' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  amount?: number;

  @ApiProperty({ type: [EvidenceDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence!: EvidenceDto[];
}

/** QĐ 18/2022/QĐ-TTg: xã không phức tạp về an ninh, trật tự (a condition of the sets that declare it). */
export class SecurityAndOrderDto {
  @ApiProperty({ description: 'Xã đang phức tạp về an ninh, trật tự (theo xác nhận của cơ quan công an)' })
  @IsBoolean()
  complicated!: boolean;

  @ApiProperty({ type: [EvidenceDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence!: EvidenceDto[];
}
