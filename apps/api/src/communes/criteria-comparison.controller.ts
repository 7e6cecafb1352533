import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { unitParam } from '../admin/admin-access';
import { Authorize } from '../auth/authorize.decorator';
import { ApiProblems } from '../platform/api-problems';
import { COMMUNE_READERS } from './commune-groups.controller';
import { CommuneComparisonResponse } from './dto/criteria-comparison.response';
import { type CommuneComparison, CriteriaComparisonQuery } from './criteria-comparison.query';

/** For planning the transition to QĐ 51/2025/QĐ-TTg: where the commune stands under each set. */
@ApiTags('communes')
@ApiBearerAuth()
@Controller('communes/:code/criteria-comparison')
export class CriteriaComparisonController {
  constructor(private readonly query: CriteriaComparisonQuery) {}

  @Get()
  @Authorize({ roles: COMMUNE_READERS, scope: unitParam })
  @ApiOperation({
    summary:
      'Đối chiếu bộ tiêu chí 2021–2025 (19 tiêu chí) và 2026–2030 (10 tiêu chí): tiêu chí tương ứng, tiêu chí mới, đạt/chưa đạt theo số liệu gần nhất',
  })
  @ApiOkResponse({ type: CommuneComparisonResponse })
  @ApiProblems(404)
  compare(@Param('code') code: string): Promise<CommuneComparison> {
    return this.query.compare(code);
  }
}
