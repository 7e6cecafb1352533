export { CommuneGroupRecord } from './commune-groups/commune-group.entity';
export { communeGroupsProjector } from './commune-groups/commune-groups.projector';
export { CouncilAgendaRow, type CouncilAgendaSubject } from './dossiers/council-agenda.entity';
export { councilAgendaProjector } from './dossiers/council-agenda.projector';
export { CriterionReviewRow } from './dossiers/criterion-review.entity';
export { criterionReviewProjector } from './dossiers/criterion-review.projector';
export { DossierSummaryRow } from './dossiers/dossier-summary.entity';
export { dossierSummaryProjector } from './dossiers/dossier-summary.projector';
export { CreateReadModels1763890100000 } from './migrations/1763890100000-create-read-models';
export { CreateDossierReadModels1763890200000 } from './migrations/1763890200000-create-dossier-read-models';
export { AddCouncilQuorumDeadline1763890600000 } from './migrations/1763890600000-add-council-quorum-deadline';
export { AddCouncilAgendaSubject1763891050000 } from './migrations/1763891050000-add-council-agenda-subject';
export { CreateUserReadModels1763890300000 } from './migrations/1763890300000-create-user-read-models';
export { CreateCommuneGroups1763890450000 } from './migrations/1763890450000-create-commune-groups';
export { CreateSurveyCampaigns1763890800000 } from './migrations/1763890800000-create-survey-campaigns';
export { AddSurveyClosingNotices1763890900000 } from './migrations/1763890900000-add-survey-closing-notices';
export {
  PROJECTION_RUNNER,
  type ProjectionLag,
  ProjectionRunner,
  type ProjectionRunnerOptions,
  type Progress,
  UnknownProjection,
} from './projection-runner';
export { ALL_EVENTS, type Projector } from './projector';
export { projectors, readModelEntities } from './read-models';
export { StreamActivity } from './stream-activity/stream-activity.entity';
export { streamActivityProjector } from './stream-activity/stream-activity.projector';
export { SurveyCampaignRow } from './surveys/survey-campaign.entity';
export { surveyCampaignsProjector } from './surveys/survey-campaigns.projector';
export { UserGrantRecord, UserRecord } from './users/user-records.entity';
export {
  accountOf,
  projectUserEvents,
  type RegisteredAccount,
  usersProjector,
  type UserView,
} from './users/users.projector';
