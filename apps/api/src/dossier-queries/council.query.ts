import { Injectable } from '@nestjs/common';

import type { Principal } from '@ntm/auth';
import { type CouncilView, councilView } from '@ntm/domain';

import { PersonNames } from '../auth/person-names';
import { CalendarBook } from '../calendar/calendar-book';
import { CouncilPeople, type CouncilPerson } from './council-people';
import { VisibleDossier } from './visible-dossier';

type Named<T> = T & { readonly name: string | null };

export type CouncilCandidate = CouncilPerson & { readonly appraisedThisDossier: boolean };

export type CouncilAnswer = Omit<CouncilView, 'current' | 'earlier'> & {
  readonly dossierId: string;
  readonly unitCode: string;
  readonly version: number;
  readonly current: NamedSession | null;
  readonly earlier: readonly NamedSession[];
};

type NamedSession = Omit<NonNullable<CouncilView['current']>, 'members'> & {
  readonly members: readonly Named<NonNullable<CouncilView['current']>['members'][number]>[];
};

/**
 * One dossier's council folded from its own stream (the read models keep only open sessions and
 * their vote counts), its quorum deadline counted in the province's working calendar.
 */
@Injectable()
export class CouncilQuery {
  constructor(
    private readonly dossiers: VisibleDossier,
    private readonly calendars: CalendarBook,
    private readonly people: CouncilPeople,
    private readonly personNames: PersonNames,
  ) {}

  async run(principal: Principal, dossierId: string): Promise<CouncilAnswer> {
    const { state, events, version } = await this.dossiers.fold(principal, dossierId);
    const view = councilView(state, events, principal.userId, await this.calendars.calendarOf(state.dossier.province));
    const sessions = [...view.earlier, ...(view.current ? [view.current] : [])];
    const names = await this.personNames.of([...new Set(sessions.flatMap((s) => s.members.map((m) => m.memberId)))]);
    const named = (session: NonNullable<CouncilView['current']>): NamedSession => ({
      ...session,
      members: session.members.map((member) => ({ ...member, name: names.get(member.memberId) ?? null })),
    });
    return {
      dossierId,
      unitCode: state.dossier.unit.code,
      version,
      ...view,
      current: view.current && named(view.current),
      earlier: view.earlier.map(named),
    };
  }

  /** Who may be called to sit on the dossier's council, each flagged if they appraised it. */
  async candidates(principal: Principal, dossierId: string): Promise<CouncilCandidate[]> {
    const { state, events } = await this.dossiers.fold(principal, dossierId);
    const { tier } = councilView(state, events, principal.userId);
    if (!tier) return [];
    const appraisers = new Set(state.dossier.appraisers);
    const people = await this.people.candidates(tier, state.dossier.unit.code);
    return people.map((person) => ({ ...person, appraisedThisDossier: appraisers.has(person.userId) }));
  }
}
