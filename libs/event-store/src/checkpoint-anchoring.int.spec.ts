import { generateKeyPairSync } from 'node:crypto';

import { AnchoredHashChainAudit } from './anchored-hash-chain-audit';
import { PostgresCheckpoints } from './postgres-checkpoints';
import { PostgresHashChainAudit } from './postgres-hash-chain-audit';
import { expectRefusedEvenBypassingTriggers } from './testing/append-only';
import { aStream, anEvent, type EventStoreFixture, eventStoreFixture } from './testing/event-store-fixture';
import { rechainAsSuperuser } from './testing/rechain';

describe('checkpoints anchor the hash chain', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  let fx: EventStoreFixture;
  let audit: PostgresHashChainAudit;
  let checkpoints: PostgresCheckpoints;
  beforeAll(async () => {
    fx = await eventStoreFixture();
    audit = new PostgresHashChainAudit(fx.pool);
    checkpoints = new PostgresCheckpoints(fx.pool);
  });
  afterAll(() => fx.close());

  it('detects a re-chained stream that the plain chain check passes, naming the stream and version', async () => {
    const stream = aStream();
    await fx.store.append(stream, 'no-stream', [anEvent(), anEvent(), anEvent()]);
    const checkpoint = await checkpoints.take(privateKey);
    await expect(checkpoints.verify(checkpoint, publicKey)).resolves.toMatchObject({ ok: true });

    await rechainAsSuperuser(fx.pool, stream, 2, { note: 'sửa lén' });

    const [, , third] = await fx.store.readStream(stream);
    const broken = {
      ok: false,
      reason: 'checkpoint-mismatch',
      streamId: stream,
      version: 3,
      position: third.globalPosition,
    };
    await expect(audit.verify(stream)).resolves.toEqual({ ok: true, checked: 3 });
    await expect(checkpoints.verify(checkpoint, publicKey)).resolves.toEqual(broken);
    const anchored = new AnchoredHashChainAudit(audit, checkpoints, publicKey);
    await expect(anchored.verify(stream)).resolves.toEqual(broken);
    await expect(anchored.verify()).resolves.toEqual(broken);
  });

  it('keeps checking streams that grew after the checkpoint at their checkpointed version', async () => {
    const stream = aStream();
    await fx.store.append(stream, 'no-stream', [anEvent()]);
    const checkpoint = await checkpoints.take(privateKey);
    await fx.store.append(stream, 1, [anEvent()]);
    await expect(checkpoints.latest()).resolves.toEqual(checkpoint);
    await expect(checkpoints.verify(checkpoint, publicKey)).resolves.toMatchObject({
      ok: true,
      anchoredAt: checkpoint.takenAt,
    });
  });

  it('reports a forged checkpoint: heads edited, or re-signed with a key the auditor does not trust', async () => {
    await fx.store.append(aStream(), 'no-stream', [anEvent()]);
    const checkpoint = await checkpoints.take(privateKey);
    const edited = { ...checkpoint, heads: checkpoint.heads.map((head) => ({ ...head, hash: '0'.repeat(64) })) };
    const forgedResult = { ok: false, reason: 'checkpoint-signature-invalid', checkpointTakenAt: checkpoint.takenAt };
    await expect(checkpoints.verify(edited, publicKey)).resolves.toEqual(forgedResult);
    const forger = new PostgresCheckpoints(fx.pool);
    const forged = await forger.take(generateKeyPairSync('ed25519').privateKey);
    await expect(checkpoints.verify(forged, publicKey)).resolves.toMatchObject({
      ok: false,
      reason: 'checkpoint-signature-invalid',
    });
    const anchored = new AnchoredHashChainAudit(audit, checkpoints, publicKey);
    await expect(anchored.verify()).resolves.toEqual({ ...forgedResult, checkpointTakenAt: forged.takenAt });
  });

  it.each([
    ['UPDATE', `update event_store.checkpoints set signature = ''`],
    ['DELETE', `delete from event_store.checkpoints`],
    ['TRUNCATE', `truncate event_store.checkpoints`],
  ])('refuses %s of stored checkpoints, even for a superuser bypassing triggers', async (_op, sql) => {
    await checkpoints.take(privateKey);
    await expectRefusedEvenBypassingTriggers(fx.pool, sql);
  });
});
