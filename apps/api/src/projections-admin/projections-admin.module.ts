import { Module } from '@nestjs/common';

import { ProjectionsAdminController } from './projections-admin.controller';
import { Projections } from './projections.service';

@Module({
  controllers: [ProjectionsAdminController],
  providers: [Projections],
  exports: [Projections],
})
export class ProjectionsAdminModule {}
