import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { InMemoryPubSub } from './in-memory-pubsub.js';
import { RedisPubSub } from './redis-pubsub.js';
import { PUB_SUB, type PubSub } from './pubsub.js';

/** The process's PubSub: in-memory, or shared by every process through Redis when REDIS_URL is set. */
@Global()
@Module({
  providers: [
    {
      provide: PUB_SUB,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => {
        if (!config.redisUrl) return new InMemoryPubSub();
        const pubsub = new RedisPubSub(config.redisUrl);
        await pubsub.ready();
        Logger.log('Subscriptions are shared through Redis (REDIS_URL).', 'PubSub');
        return pubsub;
      },
    },
  ],
  exports: [PUB_SUB],
})
export class PubSubModule implements OnApplicationShutdown {
  constructor(@Inject(PUB_SUB) private readonly pubsub: PubSub) {}

  // Redis connections would otherwise keep a stopping process alive.
  async onApplicationShutdown(): Promise<void> {
    if (this.pubsub instanceof RedisPubSub) await this.pubsub.close();
  }
}
