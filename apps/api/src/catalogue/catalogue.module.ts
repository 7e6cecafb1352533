import { Module } from '@nestjs/common';

import { CataloguePublicationBook } from './catalogue-publication-book';
import { CatalogueController } from './catalogue.controller';

/** The criteria catalogue, read-only, and the provinces' publication of draft versions. */
@Module({
  controllers: [CatalogueController],
  providers: [CataloguePublicationBook],
  exports: [CataloguePublicationBook],
})
export class CatalogueModule {}
