import { Module } from '@nestjs/common';

import { loadCommuneGroupSeed } from '@ntm/units';

import { CommuneGroupBook } from './commune-group-book';
import { CommuneGroupsController } from './commune-groups.controller';
import { CommuneRegionController } from './commune-region.controller';
import { COMMUNE_GROUP_SEED } from './communes.tokens';
import { CriteriaComparisonController } from './criteria-comparison.controller';
import { CriteriaComparisonQuery } from './criteria-comparison.query';

/** Communes as the 2026–2030 criteria see them: their group per catalogue version, their standing under both sets. */
@Module({
  controllers: [CommuneGroupsController, CommuneRegionController, CriteriaComparisonController],
  providers: [
    CommuneGroupBook,
    CriteriaComparisonQuery,
    { provide: COMMUNE_GROUP_SEED, useFactory: () => loadCommuneGroupSeed() },
  ],
  exports: [CommuneGroupBook],
})
export class CommunesModule {}
