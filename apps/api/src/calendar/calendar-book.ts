import type { WorkingCalendar } from '@ntm/calendar';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import {
  type CalendarCommand,
  type CalendarDeclarations,
  type CalendarEvent,
  decideCalendar,
  foldCalendarDeclarations,
  provinceCalendar,
} from '@ntm/domain';
import { calendarStreamId, EVENT_STORE, type EventStore, handleCommand, readState } from '@ntm/event-store';
import { type AdministrativeUnits } from '@ntm/units';

import { requireProvinceInForce } from '../admin/provinces';
import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import { requestActorMetadata } from '../auth/request-principal';
import { commandIdFrom } from '../platform/idempotency';
import { ifMatchVersion } from '../platform/if-match';

export interface CalendarRead {
  readonly declarations: CalendarDeclarations;
  /** Stream version of the province's declarations (0: the official schedule only): the ETag. */
  readonly version: number;
}

/** A province's working calendar: the official schedule and the days its administrator declared. */
@Injectable()
export class CalendarBook {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
  ) {}

  async read(province: string): Promise<CalendarRead> {
    requireProvinceInForce(this.units, province);
    const { state, version } = await readState(this.store, calendarStreamId(province), foldCalendarDeclarations);
    return { declarations: state, version };
  }

  /**
   * The calendar deadlines count in for a dossier of `province`: a province merged away in 2025
   * has its successor's (its dossiers are now the successor's to handle).
   */
  async calendarOf(province: string): Promise<WorkingCalendar> {
    const keeper = this.units.inForce(province)?.code ?? province;
    const { state } = await readState(this.store, calendarStreamId(keeper), foldCalendarDeclarations);
    return provinceCalendar(state);
  }

  /** Idempotency-Key → command id; If-Match → the version decided on. */
  async decide(request: FastifyRequest, command: CalendarCommand): Promise<CalendarRead> {
    requireProvinceInForce(this.units, command.data.province);
    const actor = requestActorMetadata(request);
    const { state, version } = await handleCommand<CalendarDeclarations, CalendarEvent>(
      this.store,
      calendarStreamId(command.data.province),
      {
        fold: (events, from) => foldCalendarDeclarations(events, from),
        decide: (declarations) => decideCalendar(command, declarations),
      },
      {
        commandId: commandIdFrom(request.headers['idempotency-key'], actor.actor),
        expectedVersion: ifMatchVersion(request),
        metadata: actor,
      },
    );
    return { declarations: state, version };
  }
}
