import { Module } from '@nestjs/common';

import { VisibleUnits } from '../dossier-queries/visible-units';
import { ProgrammeDashboardController } from './programme-dashboard.controller';
import { ProgrammeDashboardQuery } from './programme-dashboard.query';

/** The provincial coordinator's programme dashboard against the plans' targets (issue #22). */
@Module({
  controllers: [ProgrammeDashboardController],
  providers: [ProgrammeDashboardQuery, VisibleUnits],
})
export class ProgrammeDashboardModule {}
