import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

import { CalendarModule } from '../calendar/calendar.module';
import { acceptFileUploads } from '../platform/file-uploads';
import { SurveyCampaignIndex } from './survey-campaign-index';
import { SurveyCampaignsController } from './survey-campaigns.controller';
import { SurveyCommands } from './survey-commands';
import { SurveyDossiers } from './survey-dossiers';
import { SurveyImports } from './survey-imports';
import { SurveyResponsesController } from './survey-responses.controller';
import { SurveySignals } from './survey-signals';
import { SurveyStore } from './survey-store';

/**
 * MTTQ satisfaction survey (issue #8): campaigns on their own streams (`survey-<campaignId>`),
 * written straight to the event store; the dossier's workflow follows them through a child.
 */
@Module({
  imports: [CalendarModule],
  controllers: [SurveyCampaignsController, SurveyResponsesController],
  providers: [SurveyStore, SurveyDossiers, SurveySignals, SurveyCommands, SurveyImports, SurveyCampaignIndex],
})
export class SurveysModule implements OnModuleInit {
  constructor(private readonly adapter: HttpAdapterHost) {}

  onModuleInit(): void {
    acceptFileUploads(this.adapter.httpAdapter.getInstance<FastifyInstance>());
  }
}
