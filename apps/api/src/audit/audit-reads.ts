import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import { AUDIT_READ, type AuditReadData, type AuditReadKind } from '@ntm/audit';
import { auditReadStreamId, EVENT_STORE, type EventStore } from '@ntm/event-store';

import { requestActorMetadata } from '../auth/request-principal';

/** Leaves an `AuditRead` event for every audit read of a dossier: reading the record is itself on the record. */
@Injectable()
export class AuditReads {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async record(request: FastifyRequest, dossierId: string, what: AuditReadKind, query: object): Promise<void> {
    const data: AuditReadData = { dossierId, what, query: definedStrings(query) };
    // A fresh id per read: two identical reads are two facts. 'any': reads never conflict with each other.
    await this.store.append(auditReadStreamId(dossierId), 'any', [
      {
        eventId: randomUUID(),
        type: AUDIT_READ,
        data,
        metadata: { ...requestActorMetadata(request), now: new Date().toISOString() },
      },
    ]);
  }
}

function definedStrings(query: object): Record<string, string> {
  const entries = Object.entries(query).filter(([, value]) => value !== undefined);
  return Object.fromEntries(
    entries.map(([key, value]) => [key, value instanceof Date ? value.toISOString() : String(value)]),
  );
}
