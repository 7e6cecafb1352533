import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { type AdministrativeUnits } from '@ntm/units';

import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import { notFound } from '../auth/auth.problems';
import { Authorize } from '../auth/authorize.decorator';
import { ApiProblems } from '../platform/api-problems';
import { ACCOUNT_READERS, unitParam } from './admin-access';
import { UnitResponse } from './dto/unit.response';

/** Administrative units are a data file (libs/units/data); read-only here, within the caller's scope. */
@ApiTags('admin')
@ApiBearerAuth()
@ApiProblems(404)
@Controller('admin/units/:code')
export class UnitsController {
  constructor(@Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits) {}

  @Get()
  @Authorize({ roles: ACCOUNT_READERS, scope: unitParam })
  @ApiOperation({ summary: 'Một đơn vị hành chính (one administrative unit)' })
  @ApiOkResponse({ type: UnitResponse })
  get(@Param('code') code: string): UnitResponse {
    const unit = this.units.get(code);
    if (!unit) throw notFound();
    return UnitResponse.of(unit);
  }

  @Get('children')
  @Authorize({ roles: ACCOUNT_READERS, scope: unitParam })
  @ApiOperation({ summary: 'Các đơn vị trực thuộc (units directly under this one)' })
  @ApiOkResponse({ type: [UnitResponse] })
  children(@Param('code') code: string): UnitResponse[] {
    return this.units.childrenOf(code).map((unit) => UnitResponse.of(unit));
  }
}
