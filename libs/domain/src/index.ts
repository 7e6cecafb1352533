/** Public API of the pure dossier core (libs/domain). */
export * from './assessment-view';
export * from './commands';
export { aggregate, evolve } from './evolve';
export { decide, reviewerFor } from './decide';
export * from './errors';
export * from './evaluation';
export * from './events';
export type * from './rules';
export * from './state';
export * from './summary';
export { isRecordableText } from './text';
export { dossierForSurvey, surveyCoverageRequired, surveyThreshold } from './survey-campaign';
export { coverageShortfall, DEFAULT_SURVEY_COVERAGE, type SurveyCoverage, surveyCoverage } from './survey-coverage';
export { checkRefiling, registrationRules, type RegisteringUnit } from './registration';
export {
  decideEarlierRecognition,
  type EarlierRecognition,
  type EarlierRecognitionCommand,
  type EarlierRecognitionEvent,
  foldEarlierRecognitions,
  type RecordedRecognition,
} from './earlier-recognitions';
export {
  checkPrerequisites,
  LEVEL_NAMES,
  prerequisiteLevels,
  type StandingRecognition,
  standingInSystem,
  standingOnPaper,
  type UnitDossier,
} from './prerequisites';
export { decideFilingClaim, type FilingClaim, type FilingClaimed, foldFilingClaim } from './filing-claim';
export * from './transition';
export { type AppraisingBody, bodyToday, type PinnedAssignment } from './routing';
export * from './revocation-view';
export { communeRevocations, type CommuneRecord } from './district-revocation';
export {
  type CouncilDeadline,
  councilDeadline,
  councilSessionKey,
  explanationDeadline,
  explanationDueDate,
  explanationOverdueCommand,
} from './deadlines';
export {
  type CertifiedSurvey,
  dispatchOnSubmission,
  extendForSupplement,
  recordCertifiedSurvey,
} from './system-commands';
export * from './review';
export * from './work-queues';
export * from './calendar-declarations';
export * from './catalogue-import';
export * from './catalogue-publication';
export * from './council-view';
export * from './approver-desk';
export * from './submission-checklist';
export { evidenceUploadRefusal } from './evidence-uploads';
export * from './decision-register';
export { type DossierContext, notificationsOf, NOTIFYING_EVENT_TYPES } from './notifications/derive';
export {
  NOTIFICATION_KINDS,
  type Notification,
  type NotificationKind,
  type NotificationParams,
} from './notifications/notification';
export { renderDigest, type RenderedNotification, renderNotification } from './notifications/templates';
