import { Module } from '@nestjs/common';

import { loadCommuneGroupSeed } from '@ntm/units';

import { CommuneGroupBook } from './commune-group-book';
import { CommuneGroupsController } from './commune-groups.controller';
import { CommuneRegionController } from './commune-region.controller';
import { COMMUNE_GROUP_SEED } from './communes.tokens';
import { CriteriaComparisonController } from './criteria-comparison.controller';
import { CriteriaComparisonQuery } from './criteria-comparison.query';
import { EarlierRecognitionsController } from './earlier-recognitions.controller';
import { RecognitionRegister } from './recognition-register';

/**
 * Communes as the criteria see them: their group per catalogue version, their region, their
 * standing under both sets, and the recognitions they hold (on paper and in the system).
 */
@Module({
  controllers: [
    CommuneGroupsController,
    CommuneRegionController,
    CriteriaComparisonController,
    EarlierRecognitionsController,
  ],
  providers: [
    CommuneGroupBook,
    CriteriaComparisonQuery,
    RecognitionRegister,
    { provide: COMMUNE_GROUP_SEED, useFactory: () => loadCommuneGroupSeed() },
  ],
  exports: [CommuneGroupBook, RecognitionRegister],
})
export class CommunesModule {}
