import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';

import {
  APP_CONFIG,
  type AppConfig,
  RUNTIME_ENDPOINTS,
  type RuntimeEndpoints,
  TEMPORAL_CLIENT,
  TEMPORAL_CONNECTION,
} from './tokens';

@Global()
@Module({
  providers: [
    {
      provide: TEMPORAL_CONNECTION,
      inject: [RUNTIME_ENDPOINTS],
      useFactory: (endpoints: RuntimeEndpoints) => Connection.connect({ address: endpoints.temporalAddress }),
    },
    {
      provide: TEMPORAL_CLIENT,
      inject: [APP_CONFIG, TEMPORAL_CONNECTION],
      useFactory: (config: AppConfig, connection: Connection) =>
        new Client({ connection, namespace: config.TEMPORAL_NAMESPACE }),
    },
  ],
  exports: [TEMPORAL_CLIENT, TEMPORAL_CONNECTION],
})
export class TemporalModule implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CONNECTION) private readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}
