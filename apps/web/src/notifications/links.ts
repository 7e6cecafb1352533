import type { components } from '../api/schema';

type Notification = components['schemas']['NotificationResponse'];

/** Where a notification is acted on: the workbench of the role it was addressed to, or the dossier. */
export function linkOf({ kind, dossierId, criterionId }: Notification): string {
  switch (kind) {
    case 'criterion-dispatched':
    case 'appraisal-reminder':
    case 'supplement-provided':
      return criterionId ? `/tham-dinh/${dossierId}/${criterionId}` : `/ho-so/${dossierId}`;
    case 'appraisal-overdue':
      return `/dieu-phoi/${dossierId}`;
    case 'council-invitation':
    case 'council-quorum-overdue':
      return `/hoi-dong/${dossierId}`;
    case 'survey-reminder':
    case 'survey-closing-date-passed':
      return `/mttq/${dossierId}`;
    default:
      return `/ho-so/${dossierId}`;
  }
}
