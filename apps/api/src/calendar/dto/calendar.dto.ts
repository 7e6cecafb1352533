import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class CalendarYearQuery {
  @ApiProperty({ example: 2026, description: 'Năm dương lịch' })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

export class ClearCalendarDayRequest {
  @ApiProperty({ example: '2027-03-12', description: 'Ngày (YYYY-MM-DD)' })
  @Matches(ISO_DATE, { message: 'ngày dạng YYYY-MM-DD (a YYYY-MM-DD date)' })
  date!: string;

  @ApiProperty({ example: 'Theo Thông báo số 12/TB-UBND của UBND tỉnh' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class DeclareCalendarDayRequest extends ClearCalendarDayRequest {
  @ApiProperty({ enum: ['day-off', 'working-day'], description: 'Ngày nghỉ, hoặc ngày làm bù (thứ Bảy, Chủ nhật)' })
  @IsIn(['day-off', 'working-day'])
  kind!: 'day-off' | 'working-day';

  @ApiProperty({ example: 'Nghỉ hoán đổi dịp Quốc khánh', description: 'Tên ngày hiển thị cho người dùng' })
  @IsString()
  @Length(1, 200)
  name!: string;
}

export class CalendarDayResponse {
  @ApiProperty({ example: '2026-09-02' }) date!: string;
  @ApiPropertyOptional({ example: 'Quốc khánh', description: 'Tên ngày nghỉ (không có với ngày làm bù)' })
  name?: string;
  @ApiProperty({ description: 'Do tỉnh khai báo (không phải lịch chung của Chính phủ)' }) declared!: boolean;
}

export class CalendarYearResponse {
  @ApiProperty({ example: '19' }) province!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ description: 'Phiên bản luồng khai báo của tỉnh (0: chỉ lịch chung)' }) version!: number;
  @ApiProperty({
    type: [CalendarDayResponse],
    description: 'Ngày nghỉ lễ, Tết, nghỉ bù và nghỉ hoán đổi (ngoài thứ Bảy, Chủ nhật)',
  })
  daysOff!: CalendarDayResponse[];
  @ApiProperty({ type: [CalendarDayResponse], description: 'Ngày làm bù rơi vào thứ Bảy, Chủ nhật' })
  workingDays!: CalendarDayResponse[];
}
