import { CommuneGroupRecord } from './commune-groups/commune-group.entity';
import { communeGroupsProjector } from './commune-groups/commune-groups.projector';
import { CouncilAgendaRow } from './dossiers/council-agenda.entity';
import { councilAgendaProjector } from './dossiers/council-agenda.projector';
import { CriterionReviewRow } from './dossiers/criterion-review.entity';
import { criterionReviewProjector } from './dossiers/criterion-review.projector';
import { DossierStateRow } from './dossiers/dossier-state.entity';
import { DossierSummaryRow } from './dossiers/dossier-summary.entity';
import { dossierSummaryProjector } from './dossiers/dossier-summary.projector';
import { ProgrammeDossierRow } from './programme/programme-dossier.entity';
import { ProgrammeEarlierRecognitionRow } from './programme/programme-earlier-recognition.entity';
import { programmeDashboardProjector } from './programme/programme-dashboard.projector';
import {
  NotificationDeliveryRow,
  NotificationPreferenceRow,
  NotificationReadRow,
  NotificationRow,
} from './notifications/notification.entity';
import { notificationsProjector } from './notifications/notifications.projector';
import type { Projector } from './projector';
import { PublicDecisionRow } from './public-decisions/public-decision.entity';
import { publicDecisionsProjector } from './public-decisions/public-decisions.projector';
import { StreamActivity } from './stream-activity/stream-activity.entity';
import { streamActivityProjector } from './stream-activity/stream-activity.projector';
import { SurveyCampaignRow } from './surveys/survey-campaign.entity';
import { surveyCampaignsProjector } from './surveys/survey-campaigns.projector';
import { UserGrantRecord, UserRecord } from './users/user-records.entity';
import { usersProjector } from './users/users.projector';

/** Every read model's entities, registered once in `@ntm/runtime`'s data source options. */
export const readModelEntities = [
  StreamActivity,
  DossierSummaryRow,
  DossierStateRow,
  CriterionReviewRow,
  CouncilAgendaRow,
  UserRecord,
  UserGrantRecord,
  CommuneGroupRecord,
  SurveyCampaignRow,
  PublicDecisionRow,
  ProgrammeDossierRow,
  ProgrammeEarlierRecognitionRow,
  NotificationRow,
  NotificationReadRow,
  NotificationPreferenceRow,
  NotificationDeliveryRow,
];

/** What some projectors need from the configuration: the key of the public verification codes. */
export interface ProjectionSettings {
  readonly PUBLIC_CODE_KEY: string;
}

/** Every projector the worker runs and `projections:rebuild` knows by name. */
export const projectorsWith = (settings: ProjectionSettings): readonly Projector[] => [
  streamActivityProjector,
  dossierSummaryProjector,
  criterionReviewProjector,
  councilAgendaProjector,
  usersProjector,
  communeGroupsProjector,
  surveyCampaignsProjector,
  publicDecisionsProjector(settings.PUBLIC_CODE_KEY),
  programmeDashboardProjector,
  notificationsProjector,
];
