import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { v5 as uuidv5 } from 'uuid';

import { type AdministrativeUnits } from '@ntm/units';
import { catalogueVersions } from '@ntm/catalogue';
import {
  checkPrerequisites,
  checkRefiling,
  type DossierCommand,
  type DossierCommandType,
  prerequisiteLevels,
  type ProposalFacts,
  type RegisterDossier,
} from '@ntm/domain';
import type { CommandOutcome } from '@ntm/workflows/dossier/messages';

import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import { CommuneGroupBook } from '../communes/commune-group-book';
import { RecognitionRegister } from '../communes/recognition-register';
import { ifMatchVersion } from '../platform/if-match';
import { commandMetadata } from './command-context';
import { DossierGateway } from './dossier-gateway';
import { dossierOf } from './dossier-lookup';
import type { RegisterDossierDto } from './dto/filing.dto';
import { CataloguePublicationBook } from '../catalogue/catalogue-publication-book';
import { FilingClaims } from './filing-claims';
import { filingDate, registrationCommand } from './registration';

/** The payload of the command named `Type`. */
type CommandData<Type extends DossierCommandType> = Extract<DossierCommand, { type: Type }>['data'];

/** Dossier ids derive from the registering command's id: a retried registration files nothing twice. */
const DOSSIER_ID_NAMESPACE = 'f3b0c1d2-8e4a-4b6f-9c7d-1a2b3c4d5e6f';

/** Builds each command from the verified request and hands it to the dossier's workflow. */
@Injectable()
export class DossierCommands {
  constructor(
    private readonly gateway: DossierGateway,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
    private readonly communeGroups: CommuneGroupBook,
    private readonly filings: FilingClaims,
    private readonly publications: CataloguePublicationBook,
    private readonly recognitions: RecognitionRegister,
  ) {}

  /**
   * The unit's commune group is read now and pinned: a later change of group leaves this dossier
   * alone. The unit, level and year are claimed first: one dossier for them at a time.
   */
  async register(request: FastifyRequest, body: RegisterDossierDto): Promise<CommandOutcome> {
    const metadata = commandMetadata(request);
    const dossierId = uuidv5(metadata.commandId, DOSSIER_ID_NAMESPACE);
    const { groups } = await this.communeGroups.read(body.unitCode);
    const province = this.units.provinceOn(body.unitCode, filingDate(body, metadata))?.code;
    const published = await this.publications.recordedFor(province);
    const { region } = await this.communeGroups.region(body.unitCode);
    const command = registrationCommand(body, dossierId, metadata, this.units, { groups, region, ...published });
    if (command.data.previousDossierId)
      await this.checkPrevious(command.data.previousDossierId, command.data.unit.code);
    await this.checkPrerequisites(command);
    await this.filings.claim(request, command);
    return this.gateway.register(dossierId, command);
  }

  /**
   * Nâng cao needs a standing NTM recognition of the unit, kiểu mẫu a standing nâng cao one (the
   * pinned set's prerequisites): recorded from paper, or decided here and not revoked (the read
   * model's, so a recognition decided a moment ago may not count yet).
   */
  private async checkPrerequisites({ data }: RegisterDossier): Promise<void> {
    const required = prerequisiteLevels(data.rules.criteriaSet, catalogueVersions());
    if (required.length === 0) return;
    const checked = checkPrerequisites(data.level, required, await this.recognitions.standing(data.unit.code));
    if (!checked.ok) throw checked.error;
  }

  /** Re-recognition: the earlier dossier as its workflow holds it (none, if it does not exist). */
  private async checkPrevious(previousDossierId: string, unitCode: string): Promise<void> {
    const summary = await this.gateway.summaryOf(previousDossierId);
    const refiling = checkRefiling(summary, previousDossierId, unitCode);
    if (!refiling.ok) throw refiling.error;
  }

  /**
   * What the record adds to a revocation proposal (directly, or from a review round's case): a
   * district's communes recognised and revoked as the record holds them now (QĐ 18/2022/QĐ-TTg, Điều 23).
   */
  async proposalFacts(request: FastifyRequest): Promise<ProposalFacts> {
    const { summary } = await dossierOf(request);
    if (summary?.unit.kind !== 'district') return {};
    return { communes: await this.recognitions.communeRevocations(summary.unit.code) };
  }

  /** `If-Match` travels in the command: the workflow checks it where commands are taken one at a time. */
  async run<Type extends DossierCommandType>(
    request: FastifyRequest,
    dossierId: string,
    type: Type,
    data: CommandData<Type>,
  ): Promise<CommandOutcome> {
    const expectedVersion = ifMatchVersion(request);
    const metadata = { ...commandMetadata(request), ...(expectedVersion !== undefined ? { expectedVersion } : {}) };
    // `data` is typed by `type` at every call; TypeScript cannot carry that pairing through a generic.
    return this.gateway.send(dossierId, { type, data, metadata } as DossierCommand, () => dossierOf(request));
  }
}
