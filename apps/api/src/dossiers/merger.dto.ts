import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class CarryOverDto {
  @ApiProperty({ example: '02008', description: 'Xã mới hình thành từ xã của hồ sơ (sắp xếp năm 2025)' })
  @IsString()
  @Length(1, 20)
  successorUnit!: string;

  @ApiProperty({ example: 'Theo Nghị quyết sắp xếp đơn vị hành chính cấp xã, xã mới tiếp tục hồ sơ' })
  @IsString()
  @Length(1, 5000)
  note!: string;
}

export class CloseOnMergerDto {
  @ApiProperty({ example: '02008' })
  @IsString()
  @Length(1, 20)
  successorUnit!: string;

  @ApiProperty({ example: 'Xã mới lập hồ sơ theo bộ tiêu chí 2026–2030' })
  @IsString()
  @Length(1, 5000)
  reason!: string;
}
