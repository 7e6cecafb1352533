/**
 * The port every channel outside the inbox implements (e-mail today; SMS or Zalo OA tomorrow; see
 * README.md). A channel only sends: what to send, to whom and whether it was already delivered is
 * decided by the delivery (notification-delivery.ts), which records each delivery once.
 */
export interface OutgoingNotification {
  /** Stable across attempts (UUID v5 of notification, user and channel): the receiver's deduplication key. */
  readonly deliveryId: string;
  readonly notificationId: string;
  readonly userId: string;
  /** The channel's address of the user: an e-mail address, a phone number, a Zalo user id… */
  readonly address: string;
  readonly subject: string;
  readonly body: string;
  /** The dossier's page, when the installation knows its public address. */
  readonly link?: string;
}

export interface NotificationChannel {
  /** Recorded with each delivery (`NotificationDelivered.channel`) and in the preferences. */
  readonly name: string;
  /** Resolves once the provider accepted the message; throws to be retried by the next pass. */
  send(notification: OutgoingNotification): Promise<void>;
  close(): Promise<void>;
}
