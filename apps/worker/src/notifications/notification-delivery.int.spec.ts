import type { AddressInfo } from 'node:net';

import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { v4 as uuidv4 } from 'uuid';

import { type EventStore, notificationDeliveryStreamId } from '@ntm/event-store';
import { NOTIFICATION_PREFERENCES_SET, type NotificationPreferencesData, projectorsWith } from '@ntm/projections';
import { timeSkippingEnvironment, until, workflowBundleOptions } from '@ntm/test-support';
import { loadAdministrativeUnits } from '@ntm/units';
import { vietnamDateOf } from '@ntm/calendar';
import { NOTIFICATION_DELIVERY_WORKFLOW_ID } from '@ntm/workflows/notification-delivery/messages';
import { notificationDeliveryWorkflow } from '@ntm/workflows/notification-delivery/workflow';

import { toNewEvents } from '../../../../libs/projections/src/dossiers/testing';
import { dispatchedInCamGiang } from '../../../../libs/projections/src/notifications/testing';
import {
  openProjectionFixture,
  type ProjectionFixture,
  settle,
} from '../../../../libs/projections/src/testing/projection-fixture';
import { createDeliveryActivities, type DeliverySettings, startDeliveryWorkflow } from './delivery-activities';
import { NotificationDelivery } from './notification-delivery';
import { createSmtpChannel } from './smtp-channel';

const PROJECTORS = projectorsWith({ PUBLIC_CODE_KEY: 'k'.repeat(32) }).filter(({ name }) => name === 'notifications');
const NAMES = PROJECTORS.map(({ name }) => name);
const units = loadAdministrativeUnits();

/**
 * A real SMTP server in this process, keeping every message it accepted as a mail client reads it;
 * it answers the first `refusals` messages "451 try again later", as a busy relay does.
 */
async function startSmtpServer(refusals = 0) {
  const received: ParsedMail[] = [];
  let refused = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      if (refused < refusals) {
        refused += 1;
        stream.on('end', () => callback(Object.assign(new Error('Tạm thời chưa nhận thư'), { responseCode: 451 })));
        stream.resume();
        return;
      }
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refused: () => refused,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe('notification delivery by e-mail (int, real SMTP server)', () => {
  let fixture: ProjectionFixture;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  const channel = () => createSmtpChannel(smtp.url, 'Hồ sơ Nông thôn mới <no-reply@ntm.localhost>');
  const delivery = (store: EventStore) =>
    new NotificationDelivery(fixture.pool, store, channel(), units, { linkBase: 'https://ntm.thainguyen.gov.vn' });

  /** An appraiser of the department who asked for e-mail, then a dossier dispatched to it and its reminder. */
  async function appraiserToldOfReminder(
    department: string,
    dailyDigest = false,
  ): Promise<{ address: string; dossierId: string }> {
    const userId = `tham-dinh-${uuidv4()}`;
    const address = `${userId}@${department.toLowerCase()}.thainguyen.gov.vn`;
    const preferences: NotificationPreferencesData = {
      userId,
      email: address,
      emailEnabled: true,
      dailyDigest,
      grants: [{ role: 'department-appraiser', unit: '19', department }],
    };
    await fixture.store.append(`notification-preferences-${userId}`, 'any', [
      { eventId: uuidv4(), type: NOTIFICATION_PREFERENCES_SET, data: preferences },
    ]);
    const dossierId = uuidv4();
    await fixture.store.append(
      `dossier-${dossierId}`,
      'no-stream',
      toNewEvents(dispatchedInCamGiang(dossierId, { 'c-income': department })),
    );
    await fixture.store.append(`dossier-notices-${dossierId}`, 'any', [
      {
        eventId: uuidv4(),
        type: 'AppraisalReminderSent',
        data: {
          kind: 'reminder',
          dossierId,
          round: 1,
          stepIndex: 0,
          criterionId: 'c-income',
          department,
          dueDate: '2026-04-15',
          at: '2026-04-13T01:00:00.000Z',
        },
      },
    ]);
    await settle(fixture.runner, NAMES);
    return { address, dossierId };
  }
  const mailsTo = (address: string) =>
    smtp.received.filter((mail) => mail.to && JSON.stringify(mail.to).includes(address));
  const deliveredTo = async (address: string) =>
    fixture.store.readStream(notificationDeliveryStreamId(address.split('@')[0]));

  beforeAll(async () => {
    fixture = await openProjectionFixture(PROJECTORS, { poolSize: 4, batchSize: 50 });
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp.close();
    await fixture.close();
  });

  it('a deadline reminder is delivered once, in Vietnamese with its diacritics, however many passes run', async () => {
    const { address, dossierId } = await appraiserToldOfReminder('SNNMT');
    expect(await delivery(fixture.store).deliverPending()).toBe(2); // the dispatch and the reminder
    await settle(fixture.runner, NAMES);
    expect(await delivery(fixture.store).deliverPending()).toBe(0);
    const reminders = mailsTo(address).filter((mail) => mail.subject?.startsWith('Sắp đến hạn thẩm định'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0].subject).toBe('Sắp đến hạn thẩm định: Xã Cẩm Giàng');
    expect(reminders[0].text).toContain('cần được thẩm định trước ngày 15/04/2026.');
    expect(reminders[0].text).toContain(`Xem hồ sơ: https://ntm.thainguyen.gov.vn/ho-so/${dossierId}`);
    expect(reminders[0].from?.value).toEqual([{ name: 'Hồ sơ Nông thôn mới', address: 'no-reply@ntm.localhost' }]);
    expect(await deliveredTo(address)).toHaveLength(2);
  });

  it('a crash between sending and recording sends again with the same Message-ID, and the delivery is recorded once', async () => {
    const { address } = await appraiserToldOfReminder('SXD');
    let crashed = false;
    // The worker dies once the SMTP server accepted the first message, before it records the delivery.
    const crashing = new Proxy(fixture.store, {
      get: (target, property, receiver) =>
        property === 'append' && !crashed
          ? async () => {
              crashed = true;
              throw new Error('worker killed between send and record');
            }
          : (Reflect.get(target, property, receiver) as unknown),
    });
    await expect(delivery(crashing).deliverPending()).rejects.toThrow('worker killed');
    expect(mailsTo(address)).toHaveLength(1);
    expect(await deliveredTo(address)).toHaveLength(0);

    expect(await delivery(fixture.store).deliverPending()).toBe(2);
    await settle(fixture.runner, NAMES);
    expect(await delivery(fixture.store).deliverPending()).toBe(0);
    const mails = mailsTo(address);
    const messageIds = mails.map((mail) => mail.messageId);
    // Sent to the server again after the crash, under the same Message-ID: a receiver keeps one copy.
    expect(mails).toHaveLength(3);
    expect(new Set(messageIds).size).toBe(2);
    const recorded = await deliveredTo(address);
    expect(recorded).toHaveLength(2);
    expect(new Set(recorded.map((event) => `<${event.eventId}@notifications.ntm>`))).toEqual(new Set(messageIds));
  });

  it('a department whose appraisers did not turn e-mail on is sent nothing; the inbox still holds the notification', async () => {
    const before = smtp.received.length;
    const dossierId = uuidv4();
    await fixture.store.append(
      `dossier-${dossierId}`,
      'no-stream',
      toNewEvents(dispatchedInCamGiang(dossierId, { 'c-income': 'SYT' })),
    );
    await settle(fixture.runner, NAMES);
    const { rows } = await fixture.pool.query(`select 1 from read_models.notifications where dossier_id = $1`, [
      dossierId,
    ]);
    expect(rows).toHaveLength(1);
    expect(await delivery(fixture.store).deliverPending()).toBe(0);
    expect(smtp.received.length).toBe(before);
  });

  it("a daily digest sends the day's notifications in one e-mail the next day, once", async () => {
    const { address } = await appraiserToldOfReminder('SCT', true);
    expect(await delivery(fixture.store).deliverPending()).toBe(0);
    expect(mailsTo(address)).toHaveLength(0);
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    expect(await delivery(fixture.store).deliverPending(tomorrow)).toBe(1);
    await settle(fixture.runner, NAMES);
    expect(await delivery(fixture.store).deliverPending(tomorrow)).toBe(0);
    const [digest, ...more] = mailsTo(address);
    expect(more).toEqual([]);
    const day = vietnamDateOf(new Date().toISOString()).split('-').reverse().join('/');
    expect(digest.subject).toBe(`Tổng hợp thông báo ngày ${day} (2 thông báo)`);
    expect(digest.text).toContain('• Sắp đến hạn thẩm định: Xã Cẩm Giàng');
    expect(digest.text).toContain('• Tiêu chí cần thẩm định: Xã Cẩm Giàng');
    const recorded = await deliveredTo(address);
    expect(recorded).toHaveLength(2);
    expect(
      new Set(recorded.map((event) => `<${(event.data as { deliveryId: string }).deliveryId}@notifications.ntm>`)),
    ).toEqual(new Set([digest.messageId]));
  });

  describe('the delivery run (Temporal, time-skipping)', () => {
    const FROM = 'Hồ sơ Nông thôn mới <no-reply@ntm.localhost>';
    let env: TestWorkflowEnvironment;
    let queues = 0;
    beforeEach(async () => {
      env = await timeSkippingEnvironment();
    });
    afterEach(() => env?.teardown());

    /** A worker with the delivery activity as the worker registers it, and the run's start as the worker does it. */
    async function deliveryWorker(settings: DeliverySettings) {
      const taskQueue = `notification-delivery-int-${++queues}`;
      const delivery = createDeliveryActivities(fixture.pool, fixture.store, settings);
      const worker = await Worker.create({
        connection: env.nativeConnection,
        taskQueue,
        activities: delivery.activities,
        ...workflowBundleOptions(),
      });
      const start = (input = { pollInterval: '1 minute', passesPerRun: 200 }) =>
        startDeliveryWorkflow(
          env.nativeConnection,
          { namespace: env.namespace ?? 'default', taskQueue, config: settings },
          input,
        );
      const run = async (test: () => Promise<void>) => {
        try {
          await worker.runUntil(test);
        } finally {
          await delivery.close();
        }
      };
      return { start, run };
    }
    const run = () => env.client.workflow.getHandle(NOTIFICATION_DELIVERY_WORKFLOW_ID);
    /** Lets the server's clock run ahead while waiting, so the run's rests and the activity's retries pass at once. */
    const skipping = (probe: () => Promise<boolean>, what: string) =>
      until(async () => (await probe()) || (await env.sleep('30 seconds'), false), what);

    it('started by every worker, it is one run; a pass the server refused is retried and delivered once', async () => {
      const busy = await startSmtpServer(1);
      const { address } = await appraiserToldOfReminder('SGTVT');
      const { start, run: running } = await deliveryWorker({
        SMTP_URL: busy.url,
        SMTP_FROM: FROM,
        PUBLIC_BASE_URL: undefined,
      });
      try {
        await running(async () => {
          const first = await start();
          expect(await start()).toBe(first); // a second replica's start finds the run there
          await skipping(
            async () => (await deliveredTo(address)).length === 2,
            'the dispatch and the reminder delivered',
          );
          // More passes find nothing left to send.
          await env.sleep('5 minutes');
          await run().terminate('test over');
        });
      } finally {
        await busy.close();
      }
      expect(busy.refused()).toBe(1);
      expect(busy.received.map((mail) => mail.subject).sort()).toEqual([
        'Sắp đến hạn thẩm định: Xã Cẩm Giàng',
        'Tiêu chí cần thẩm định: Xã Cẩm Giàng',
      ]);
      expect(await deliveredTo(address)).toHaveLength(2);
    });

    it('continues as new after its passes, under the same id', async () => {
      const { start, run: running } = await deliveryWorker({
        SMTP_URL: smtp.url,
        SMTP_FROM: FROM,
        PUBLIC_BASE_URL: undefined,
      });
      await running(async () => {
        const first = await start({ pollInterval: '1 minute', passesPerRun: 2 });
        await skipping(
          async () =>
            (await env.client.workflow.getHandle(NOTIFICATION_DELIVERY_WORKFLOW_ID, first).describe()).status.name ===
            'CONTINUED_AS_NEW',
          'the first run continued as new',
        );
        const now = await run().describe();
        expect(now.status.name).toBe('RUNNING');
        expect(now.runId).not.toBe(first);
        await run().terminate('test over');
      });
    });

    it('without a mail server nothing is started, and a run already there ends at its next pass', async () => {
      const { start, run: running } = await deliveryWorker({
        SMTP_URL: undefined,
        SMTP_FROM: FROM,
        PUBLIC_BASE_URL: undefined,
      });
      expect(await start()).toBeUndefined();
      await running(async () => {
        const handle = await env.client.workflow.start(notificationDeliveryWorkflow, {
          workflowId: NOTIFICATION_DELIVERY_WORKFLOW_ID,
          taskQueue: `notification-delivery-int-${queues}`,
          args: [{ pollInterval: '1 minute', passesPerRun: 200 }],
        });
        await handle.result();
        expect((await handle.describe()).status.name).toBe('COMPLETED');
      });
    });
  });
});
