/** What one delivery pass did. */
export interface DeliveryPass {
  /** False when the installation has no channel beyond the inbox (no SMTP_URL): nothing to deliver. */
  readonly configured: boolean;
  /** Messages sent in this pass. */
  readonly sent: number;
}

/** Implemented by the worker (apps/worker/src/notifications); the workflow sees only this type. */
export interface NotificationDeliveryActivities {
  /** One pass over the pending notifications: sends each and records `NotificationDelivered` once. */
  deliverPendingNotifications(): Promise<DeliveryPass>;
}
