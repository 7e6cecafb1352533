import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

export class ImportQueryDto {
  @ApiProperty({ example: 'phieu-thon-dong.xlsx', description: 'Tên tệp, để đối chiếu' })
  @IsString()
  @Length(1, 255)
  fileName!: string;

  @ApiProperty({ required: false, enum: ['true', 'false'], description: 'Chỉ nhập các dòng hợp lệ, bỏ qua dòng lỗi' })
  @IsOptional()
  @IsIn(['true', 'false'])
  validRowsOnly?: 'true' | 'false';
}
