import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { v5 as uuidv5 } from 'uuid';

import type { AdministrativeUnits } from '@ntm/auth';
import type { CommandMetadata, DossierCommand } from '@ntm/domain';
import type { CommandOutcome } from '@ntm/workflows/dossier/messages';

import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import { ifMatchVersion } from '../platform/if-match';
import { commandMetadata, staleVersion } from './command-context';
import { DossierGateway } from './dossier-gateway';
import { dossierOf } from './dossier-lookup';
import type { RegisterDossierDto } from './dto/filing.dto';
import { registrationCommand } from './registration';

/** Dossier ids derive from the registering command's id: a retried registration files nothing twice. */
const DOSSIER_ID_NAMESPACE = 'f3b0c1d2-8e4a-4b6f-9c7d-1a2b3c4d5e6f';

/** Builds each command from the verified request and hands it to the dossier's workflow. */
@Injectable()
export class DossierCommands {
  constructor(
    private readonly gateway: DossierGateway,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
  ) {}

  register(request: FastifyRequest, body: RegisterDossierDto): Promise<CommandOutcome> {
    const metadata = commandMetadata(request);
    const dossierId = uuidv5(metadata.commandId, DOSSIER_ID_NAMESPACE);
    return this.gateway.register(dossierId, registrationCommand(body, dossierId, metadata, this.units));
  }

  /** `If-Match` is checked against the workflow's version; the domain decides the rest. */
  async run(
    request: FastifyRequest,
    dossierId: string,
    build: (metadata: CommandMetadata) => DossierCommand,
  ): Promise<CommandOutcome> {
    const expected = ifMatchVersion(request);
    if (expected !== undefined) {
      const { version } = await dossierOf(request);
      if (version !== expected) throw staleVersion(expected, version);
    }
    return this.gateway.send(dossierId, build(commandMetadata(request)));
  }
}
