/** Every workflow the worker registers; bundled once by the worker. */
export { criterionAppraisalWorkflow } from './criterion-appraisal/workflow';
export { recognitionWorkflow } from './dossier/workflow';
export { notificationDeliveryWorkflow } from './notification-delivery/workflow';
export { roundTrip } from './round-trip/workflow';
export { surveyCampaignWorkflow } from './survey/workflow';
