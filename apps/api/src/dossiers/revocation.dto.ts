import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, Length, ValidateNested } from 'class-validator';

import { EvidenceDto } from './dto/shared.dto';

/** QĐ 18/2022/QĐ-TTg, Điều 24: the commune's explanation of a revocation proposal, with evidence. */
export class RevocationExplanationDto {
  @ApiProperty({ example: 'Xã đã khắc phục tiêu chí Thu nhập, kèm số liệu thống kê năm 2027' })
  @IsString()
  @Length(1, 10000)
  explanation!: string;

  @ApiProperty({ type: [EvidenceDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence!: EvidenceDto[];
}
