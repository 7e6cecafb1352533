import { DataSource, type DataSourceOptions, type MigrationInterface } from 'typeorm';

import {
  AppendProbesFirstIdOnMatch1763892300000,
  AppendProbesIdsOnMismatch1763892200000,
  CreateCheckpoints1763891800000,
  CreateEventStore1763890000000,
} from '@ntm/event-store';
import {
  AddCouncilAgendaSubject1763891050000,
  AddCouncilQuorumDeadline1763890600000,
  AddSurveyClosingNotices1763890900000,
  CreateCommuneGroups1763890450000,
  CreateDossierReadModels1763890200000,
  CreateReadModels1763890100000,
  CreateSurveyCampaigns1763890800000,
  CreateUserReadModels1763890300000,
  readModelEntities,
  ReviewRouting1763891450000,
  RevokedCriteriaUnmet1763892800000,
  SummaryColumns1763891200000,
  SummaryQuestioned1763892700000,
  SummaryRefusals1763891300000,
  SummaryRevocationGrounds1763891500000,
  CoordinatorAnnouncement1763891600000,
  ApproverTask1763891700000,
  CreatePublicDecisions1763891930000,
  CreateProgrammeDossiers1763892000000,
  CreateProgrammeEarlierRecognitions1763892100000,
  CreateNotifications1763892400000,
  CreateNotificationChannels1763892410000,
  NotificationDigest1763892420000,
  NotificationsOfRevocation1763892730000,
} from '@ntm/projections';

import { CreateOpsSchema1763880000000 } from './migrations/1763880000000-create-ops-schema';
import { CreateIdempotencyKeys1763891100000 } from './migrations/1763891100000-create-idempotency-keys';

export type Migration = new () => MigrationInterface;

/** Every migration of every lib, in order: one list so `db:migrate`, the apps and the tests agree. */
export const migrations: Migration[] = [
  CreateOpsSchema1763880000000,
  CreateEventStore1763890000000,
  CreateReadModels1763890100000,
  CreateDossierReadModels1763890200000,
  CreateUserReadModels1763890300000,
  CreateCommuneGroups1763890450000,
  AddCouncilQuorumDeadline1763890600000,
  CreateSurveyCampaigns1763890800000,
  AddSurveyClosingNotices1763890900000,
  AddCouncilAgendaSubject1763891050000,
  CreateIdempotencyKeys1763891100000,
  SummaryColumns1763891200000,
  SummaryRefusals1763891300000,
  ReviewRouting1763891450000,
  SummaryRevocationGrounds1763891500000,
  CoordinatorAnnouncement1763891600000,
  ApproverTask1763891700000,
  CreateCheckpoints1763891800000,
  CreatePublicDecisions1763891930000,
  CreateProgrammeDossiers1763892000000,
  CreateProgrammeEarlierRecognitions1763892100000,
  AppendProbesIdsOnMismatch1763892200000,
  AppendProbesFirstIdOnMatch1763892300000,
  CreateNotifications1763892400000,
  CreateNotificationChannels1763892410000,
  NotificationDigest1763892420000,
  SummaryQuestioned1763892700000,
  NotificationsOfRevocation1763892730000,
  RevokedCriteriaUnmet1763892800000,
];

/** Read-model entities, registered by the projections lib. */
export const entities: NonNullable<DataSourceOptions['entities']> = [...readModelEntities];

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: 20, application_name: 'ntm-dossiers' },
  };
}

/** Applies what is pending of `list`: every migration, or a prefix of them for a migration's own spec. */
export async function migrate(url: string, list: Migration[] = migrations): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(url), migrations: list });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
