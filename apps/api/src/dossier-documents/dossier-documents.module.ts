import { Module } from '@nestjs/common';

import { DossierQueriesModule } from '../dossier-queries/dossier-queries.module';
import { DocumentGenerations } from './document-generations';
import { DossierDocumentsController } from './dossier-documents.controller';
import { DossierDocumentsQuery } from './dossier-documents.query';

/** Generated documents of the procedure (issue #21): PDFs folded from the dossier's own stream. */
@Module({
  imports: [DossierQueriesModule],
  controllers: [DossierDocumentsController],
  providers: [DossierDocumentsQuery, DocumentGenerations],
})
export class DossierDocumentsModule {}
