import { createTransport } from 'nodemailer';

import type { NotificationChannel, OutgoingNotification } from './channel';

/** The Message-ID of a delivery: the same on every attempt, so a receiver that saw it keeps one copy. */
export const messageIdOf = (deliveryId: string) => `<${deliveryId}@notifications.ntm>`;

/** E-mail through an SMTP server (SMTP_URL): plain UTF-8 text, the dossier's link below it. */
export function createSmtpChannel(url: string, from: string): NotificationChannel {
  const transport = createTransport(url);
  return {
    name: 'email',
    async send(notification: OutgoingNotification) {
      await transport.sendMail({
        from,
        to: notification.address,
        subject: notification.subject,
        text: notification.link ? `${notification.body}\n\nXem hồ sơ: ${notification.link}` : notification.body,
        messageId: messageIdOf(notification.deliveryId),
      });
    },
    async close() {
      transport.close();
    },
  };
}
