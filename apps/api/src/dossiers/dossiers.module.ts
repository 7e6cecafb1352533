import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

import { CatalogueModule } from '../catalogue/catalogue.module';
import { CommunesModule } from '../communes/communes.module';
import { AppraisalRouting } from './appraisal-routing';
import { DecisionController } from './decision.controller';
import { DossierCommands } from './dossier-commands';
import { DecisionNumbers } from './decision-numbers';
import { FilingClaims } from './filing-claims';
import { DossierGateway } from './dossier-gateway';
import { attachLookup } from './dossier-lookup';
import { FilingController } from './filing.controller';
import { MergerController } from './merger.controller';
import { RegistrationController } from './registration.controller';
import { ReviewController } from './review.controller';
import { RevocationController } from './revocation.controller';

/** Dossier commands: one endpoint per command of the procedure, each a Temporal Update. */
@Module({
  imports: [CommunesModule, CatalogueModule],
  controllers: [
    RegistrationController,
    FilingController,
    ReviewController,
    DecisionController,
    RevocationController,
    MergerController,
  ],
  providers: [DossierGateway, DossierCommands, FilingClaims, DecisionNumbers, AppraisalRouting],
  exports: [DossierGateway],
})
export class DossiersModule implements OnModuleInit {
  constructor(
    private readonly adapter: HttpAdapterHost,
    private readonly gateway: DossierGateway,
  ) {}

  /** Routes with a `:dossierId` get a lazy lookup of the dossier's position for the access guard. */
  onModuleInit(): void {
    const fastify = this.adapter.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('preHandler', async (request) => {
      const dossierId = (request.params as { dossierId?: string } | undefined)?.dossierId;
      if (dossierId) attachLookup(request, () => this.gateway.position(dossierId));
    });
  }
}
