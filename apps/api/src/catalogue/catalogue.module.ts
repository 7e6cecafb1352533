import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

import { acceptFileUploads } from '../platform/file-uploads';
import { CatalogueExchangeController } from './catalogue-exchange.controller';
import { CatalogueImports } from './catalogue-imports';
import { CataloguePublicationBook } from './catalogue-publication-book';
import { CatalogueVersionBook } from './catalogue-version-book';
import { CatalogueController } from './catalogue.controller';

/**
 * The criteria catalogue, read-only; its exchange as the provinces' sheet (XLSX) or JSON; the
 * provinces' own versions and their publication of draft versions.
 */
@Module({
  controllers: [CatalogueController, CatalogueExchangeController],
  providers: [CataloguePublicationBook, CatalogueVersionBook, CatalogueImports],
  exports: [CataloguePublicationBook, CatalogueVersionBook],
})
export class CatalogueModule implements OnModuleInit {
  constructor(private readonly adapter: HttpAdapterHost) {}

  onModuleInit(): void {
    acceptFileUploads(this.adapter.httpAdapter.getInstance<FastifyInstance>());
  }
}
