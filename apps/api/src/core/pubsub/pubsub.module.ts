import { Global, Logger, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { InMemoryPubSub } from './in-memory-pubsub.js';
import { PUB_SUB } from './pubsub.js';

/** The process's PubSub: in-memory for now; REDIS_URL will select a shared one (scale-out). */
@Global()
@Module({
  providers: [
    {
      provide: PUB_SUB,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        if (config.redisUrl) {
          Logger.warn(
            'REDIS_URL is set but the shared pub/sub is not built yet: subscriptions only hear this process.',
            'PubSub',
          );
        }
        return new InMemoryPubSub();
      },
    },
  ],
  exports: [PUB_SUB],
})
export class PubSubModule {}
