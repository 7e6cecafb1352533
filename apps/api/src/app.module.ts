import { type DynamicModule, Global, Module, RequestMethod } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';

import { dataSourceOptions } from '@ntm/runtime';

import { AuditModule } from './audit/audit.module';
import { AdminModule } from './admin/admin.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { CatalogueModule } from './catalogue/catalogue.module';
import { CommunesModule } from './communes/communes.module';
import { DiagnosticsModule } from './diagnostics/diagnostics.module';
import { DossierDocumentsModule } from './dossier-documents/dossier-documents.module';
import { DossierQueriesModule } from './dossier-queries/dossier-queries.module';
import { DossiersModule } from './dossiers/dossiers.module';
import { EvidenceModule } from './evidence/evidence.module';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';
import { NotificationsModule } from './notifications/notifications.module';
import { IdempotencyKeysInterceptor } from './platform/idempotency-keys.interceptor';
import { TemporalModule } from './platform/temporal.module';
import { ProgrammeDashboardModule } from './programme-dashboard/programme-dashboard.module';
import { ProjectionsAdminModule } from './projections-admin/projections-admin.module';
import { PublicVerificationModule } from './public-verification/public-verification.module';
import { SurveysModule } from './surveys/surveys.module';
import { APP_CONFIG, type AppConfig, RUNTIME_ENDPOINTS, type RuntimeEndpoints } from './platform/tokens';

@Global()
@Module({})
class RuntimeModule {
  static register(config: AppConfig, endpoints: RuntimeEndpoints): DynamicModule {
    return {
      module: RuntimeModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: RUNTIME_ENDPOINTS, useValue: endpoints },
      ],
      exports: [APP_CONFIG, RUNTIME_ENDPOINTS],
    };
  }
}

@Module({})
export class AppModule {
  static register(config: AppConfig, endpoints: RuntimeEndpoints): DynamicModule {
    return {
      module: AppModule,
      imports: [
        RuntimeModule.register(config, endpoints),
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: (request) => (request as { id?: string }).id ?? '',
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (request) => request.url === '/health' || request.url === '/metrics' },
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(endpoints.databaseUrl)),
        TemporalModule,
        AuthModule.register(config), // identity and access: global deny-by-default guard
        AdminModule,
        CommunesModule,
        CalendarModule,
        CatalogueModule,
        HealthModule,
        MetricsModule,
        DiagnosticsModule,
        DossierQueriesModule,
        ProjectionsAdminModule,
        AuditModule,
        DossiersModule,
        EvidenceModule,
        SurveysModule,
        PublicVerificationModule,
        DossierDocumentsModule,
        ProgrammeDashboardModule,
        NotificationsModule,
      ],
      providers: [{ provide: APP_INTERCEPTOR, useClass: IdempotencyKeysInterceptor }],
    };
  }
}
