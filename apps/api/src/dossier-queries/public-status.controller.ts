import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';

import { Public } from '../auth/authorize.decorator';
import { PublicRecognitionsResponse } from './dossier-queries.response';
import { PublicStatusQuery } from './public-status.query';

export class PublicRecognitionsQueryDto {
  @ApiProperty({ description: 'Mã tỉnh', example: '19' })
  @Matches(/^\d{2}$/, { message: 'mã tỉnh: 2 chữ số (two-digit province code)' })
  province!: string;
}

/** Read-only and unauthenticated: what has been announced publicly, by province. */
@ApiTags('public')
@Controller('public')
export class PublicStatusController {
  constructor(private readonly status: PublicStatusQuery) {}

  @Get('recognitions')
  @Public()
  @ApiOperation({ summary: 'Xã được công nhận và bị thu hồi công nhận trong tỉnh: số, ngày quyết định' })
  @ApiOkResponse({ type: PublicRecognitionsResponse })
  recognitions(@Query() { province }: PublicRecognitionsQueryDto) {
    return this.status.recognitions(province);
  }
}
