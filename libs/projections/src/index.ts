export { type CouncilAgendaSubject } from './dossiers/council-agenda.entity';
export { councilAgendaProjector } from './dossiers/council-agenda.projector';
export { CriterionReviewRow } from './dossiers/criterion-review.entity';
export { toDossierEvent } from './dossiers/dossier-events';
export { DossierSummaryRow } from './dossiers/dossier-summary.entity';
export { CreateReadModels1763890100000 } from './migrations/1763890100000-create-read-models';
export { CreateDossierReadModels1763890200000 } from './migrations/1763890200000-create-dossier-read-models';
export { AddCouncilQuorumDeadline1763890600000 } from './migrations/1763890600000-add-council-quorum-deadline';
export { AddCouncilAgendaSubject1763891050000 } from './migrations/1763891050000-add-council-agenda-subject';
export { CreateUserReadModels1763890300000 } from './migrations/1763890300000-create-user-read-models';
export { CreateCommuneGroups1763890450000 } from './migrations/1763890450000-create-commune-groups';
export { SummaryColumns1763891200000 } from './migrations/1763891200000-summary-columns';
export { SummaryRefusals1763891300000 } from './migrations/1763891300000-summary-refusals';
export { SummaryQuestioned1763892700000 } from './migrations/1763892700000-summary-questioned';
export { RevokedCriteriaUnmet1763892800000 } from './migrations/1763892800000-revoked-criteria-unmet';
export { ReviewRouting1763891450000 } from './migrations/1763891450000-review-routing';
export { SummaryRevocationGrounds1763891500000 } from './migrations/1763891500000-summary-revocation-grounds';
export { CoordinatorAnnouncement1763891600000 } from './migrations/1763891600000-coordinator-announcement';
export { ApproverTask1763891700000 } from './migrations/1763891700000-approver-task';
export { CreateSurveyCampaigns1763890800000 } from './migrations/1763890800000-create-survey-campaigns';
export { AddSurveyClosingNotices1763890900000 } from './migrations/1763890900000-add-survey-closing-notices';
export { type ProjectionLag, ProjectionRunner, UnknownProjection } from './projection-runner';
export { type ProjectionSettings, projectorsWith, readModelEntities } from './read-models';
export { CreatePublicDecisions1763891930000 } from './migrations/1763891930000-create-public-decisions';
export { CreateProgrammeDossiers1763892000000 } from './migrations/1763892000000-create-programme-dossiers';
export { CreateProgrammeEarlierRecognitions1763892100000 } from './migrations/1763892100000-create-programme-earlier-recognitions';
export { PublicDecisionRow } from './public-decisions/public-decision.entity';
export { publicCode, readPublicCode } from './public-decisions/public-code';
export { streamActivityProjector } from './stream-activity/stream-activity.projector';
export { SurveyCampaignRow } from './surveys/survey-campaign.entity';
export { UserGrantRecord, UserRecord } from './users/user-records.entity';
export { accountOf, type RegisteredAccount, usersProjector } from './users/users.projector';
export { CreateNotifications1763892400000 } from './migrations/1763892400000-create-notifications';
export {
  NOTIFICATION_READ,
  type NotificationReadData,
  NOTIFICATIONS_READ,
  type NotificationsReadData,
} from './notifications/notifications.projector';
export {
  NOTIFICATION_DELIVERED,
  NOTIFICATION_PREFERENCES_SET,
  type NotificationDeliveredData,
  type NotificationPreferencesData,
} from './notifications/notification-channels';
export { CreateNotificationChannels1763892410000 } from './migrations/1763892410000-create-notification-channels';
export { NotificationDigest1763892420000 } from './migrations/1763892420000-notification-digest';
export { NotificationsOfRevocation1763892730000 } from './migrations/1763892730000-notifications-of-revocation';
