import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { v5 as uuidv5 } from 'uuid';

import {
  type CommandMetadata,
  decide,
  type EvidenceRef,
  isDomainError,
  recordCertifiedSurvey,
  type SurveyCoverage,
  surveyCoverageRequired,
  surveyThreshold,
} from '@ntm/domain';
import {
  type CertifiedResult,
  dossierForSurvey,
  type RateFigure,
  type SamplePlan,
  type SurveyCampaignCertified,
  type SurveyCommand,
  tallyCampaign,
} from '@ntm/survey';
import type { SurveyCertification } from '@ntm/workflows/survey/messages';

import { commandMetadata } from '../dossiers/command-context';
import { ifMatchVersion } from '../platform/if-match';
import type { OpenCampaignDto } from './dto/campaign.dto';
import { SurveyDossiers } from './survey-dossiers';
import { CalendarBook } from '../calendar/calendar-book';
import { SurveySignals } from './survey-signals';
import { SurveyStore, type SurveyOutcome } from './survey-store';

/** Campaign ids derive from the opening command's id: a retried opening opens nothing twice. */
const CAMPAIGN_ID_NAMESPACE = '4f1d8b2c-6a3e-4e7f-9b5d-0c1a2e3f4a5b';

export interface OpenedOutcome extends SurveyOutcome {
  readonly closesOn: string;
}

/**
 * A certification answers plainly whether the satisfaction threshold was met, and how many of the
 * villages' households the certified result covers.
 */
export interface CertifiedOutcome extends SurveyOutcome {
  readonly satisfaction: RateFigure;
  readonly coverage: SurveyCoverage;
}

/** Builds each survey command from the verified request (who, when, which command) and runs it. */
@Injectable()
export class SurveyCommands {
  constructor(
    private readonly store: SurveyStore,
    private readonly dossiers: SurveyDossiers,
    private readonly signals: SurveySignals,
    private readonly calendars: CalendarBook,
  ) {}

  /** The threshold is the dossier's pinned regime's, for the level applied for; the dossier's workflow starts the child. */
  async open(request: FastifyRequest, dossierId: string, body: OpenCampaignDto): Promise<OpenedOutcome> {
    const metadata = commandMetadata(request);
    const campaignId = uuidv5(metadata.commandId, CAMPAIGN_ID_NAMESPACE);
    const dossier = dossierForSurvey(await this.dossiers.state(dossierId));
    if (isDomainError(dossier)) throw dossier;
    const { samplePlan, ...plan } = body;
    const calendar = await this.calendars.calendarOf(dossier.dossier.province);
    const opening = {
      type: 'OpenSurveyCampaign',
      data: {
        ...plan,
        campaignId,
        dossierId,
        unit: dossier.dossier.unit.code,
        unitKind: dossier.dossier.unit.kind,
        level: dossier.dossier.level,
        round: dossier.round.number,
        threshold: surveyThreshold(dossier),
        coverage: surveyCoverageRequired(dossier),
        samplePlan: samplePlanOf(samplePlan),
      },
      metadata,
    } as const;
    const outcome = await this.store.execute(campaignId, opening, { calendar });
    const { campaign } = (await this.store.load(dossierId, campaignId)).state;
    await this.signals.opened(dossierId, { campaignId, closesOn: campaign!.closesOn, openedAt: campaign!.openedAt });
    return { ...outcome, closesOn: campaign!.closesOn };
  }

  /** Any command on an existing campaign of this dossier; `If-Match` is the campaign's version. */
  async run(
    request: FastifyRequest,
    dossierId: string,
    campaignId: string,
    build: (metadata: CommandMetadata) => SurveyCommand,
  ): Promise<SurveyOutcome> {
    await this.store.load(dossierId, campaignId);
    const command = build(commandMetadata(request));
    const outcome = await this.store.execute(campaignId, command, { expectedVersion: ifMatchVersion(request) });
    if (outcome.events.includes('SurveyCampaignClosed')) await this.signals.closed(dossierId, campaignId);
    return outcome;
  }

  /**
   * The dossier must be able to record the result before MTTQ certifies it (checked by the
   * dossier's own rules); the certified result is then handed to the dossier's workflow.
   */
  async certify(
    request: FastifyRequest,
    dossierId: string,
    campaignId: string,
    report: readonly EvidenceRef[],
  ): Promise<CertifiedOutcome> {
    const metadata = commandMetadata(request);
    await this.store.load(dossierId, campaignId);
    const dossier = await this.dossiers.state(dossierId);
    const outcome = await this.store.execute(
      campaignId,
      { type: 'CertifySurveyResult', data: { report }, metadata },
      {
        expectedVersion: ifMatchVersion(request),
        guard: (events) => {
          const event = events.find((e): e is SurveyCampaignCertified => e.type === 'SurveyCampaignCertified');
          if (!event) return undefined;
          const certified = { ...event.data, certifiedAt: event.metadata.now, commandId: event.metadata.commandId };
          const decision = decide(recordCertifiedSurvey(certification(campaignId, certified), dossier), dossier);
          return decision.ok ? undefined : decision.error;
        },
      },
    );
    // Also on a retried request: the dossier's workflow records a certification only once.
    const { state } = await this.store.load(dossierId, campaignId);
    if (state.certified) await this.signals.certified(dossierId, certification(campaignId, state.certified));
    const { overall, coverage } = tallyCampaign(state)!;
    return { ...outcome, satisfaction: overall, coverage };
  }
}

function certification(campaignId: string, certified: CertifiedResult): SurveyCertification {
  const { respondents, satisfied, certifiedBy, report, certifiedAt, commandId } = certified;
  return { campaignId, respondents, satisfied, certifiedBy, report, certifiedAt, commandId };
}

function samplePlanOf(dto: OpenCampaignDto['samplePlan']): SamplePlan {
  return dto.kind === 'all-households'
    ? { kind: 'all-households' }
    : { kind: 'sample', size: dto.size ?? 0, rule: dto.rule ?? '' };
}
