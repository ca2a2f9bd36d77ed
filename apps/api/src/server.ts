import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { type INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { type AppConfig, ConfigError, ensureDataDir } from './core/config/app-config.js';
import { createDataSource } from './core/database/data-source.js';
import { bootstrapAdminIfNoUsers, seedDemoIfEmpty } from './core/database/seeds/demo-seed.js';
import { ENTITIES } from './entities.js';
import { LocalFileStorage } from './modules/file/file-storage.js';

export interface RunningServer {
  app: INestApplication;
  dataSource: DataSource;
  url: string;
  close(): Promise<void>;
}

/** Connects and migrates in one transaction: a failed start leaves nothing half-migrated. */
export async function openDatabase(config: AppConfig): Promise<DataSource> {
  ensureDataDir(config);
  const dataSource = createDataSource(config, ENTITIES);
  try {
    await dataSource.initialize();
  } catch (error) {
    const where =
      config.database.kind === 'postgres'
        ? `DATABASE_URL (${config.database.url.replace(/\/\/[^@]*@/, '//***@')})`
        : `DATA_DIR (${config.database.file})`;
    throw new ConfigError(`Cannot open the database at ${where}: ${(error as Error).message}`);
  }
  try {
    await dataSource.runMigrations({ transaction: 'all' });
  } catch (error) {
    await dataSource.destroy();
    throw new ConfigError(`Database migration failed and was rolled back: ${(error as Error).message}`);
  }
  return dataSource;
}

export async function startServer(
  config: AppConfig,
  options: { listen?: boolean; logger?: boolean; dataSource?: DataSource } = {},
): Promise<RunningServer> {
  const dataSource = options.dataSource ?? (await openDatabase(config));
  if (
    config.seedDemo &&
    (await seedDemoIfEmpty(
      dataSource,
      config.fixedNow ?? new Date(),
      new LocalFileStorage(join(config.dataDir, 'files')),
    ))
  ) {
    Logger.log('Seeded the demo campaign (SEED_DEMO=false skips this).', 'Lvze');
  }
  if (
    config.adminInitialPassword &&
    (await bootstrapAdminIfNoUsers(dataSource, config.adminInitialPassword))
  ) {
    Logger.log('Created the first account "admin" from ADMIN_INITIAL_PASSWORD.', 'Lvze');
  }
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(config, dataSource),
    new FastifyAdapter({ bodyLimit: 25 * 1024 * 1024 }),
    { logger: options.logger === false ? false : ['log', 'warn', 'error'] },
  );
  // Evidence uploads arrive as raw bytes; the service gives the precise size error under this cap.
  app
    .getHttpAdapter()
    .getInstance()
    .addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: config.uploadMaxBytes * 2 },
      (_request, body, done) => done(null, body),
    );
  await serveWebApp(app, config.webDistDir);
  app.enableShutdownHooks();
  const listen = options.listen ?? true;
  await app.listen(listen ? config.port : 0, '0.0.0.0');
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost');
  return {
    app,
    dataSource,
    url,
    close: async () => {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

/** The built Vue app on the same port; other GET paths fall back to index.html for the router. */
async function serveWebApp(app: NestFastifyApplication, webDistDir: string): Promise<void> {
  if (!existsSync(join(webDistDir, 'index.html'))) {
    Logger.warn(`No web app build at ${webDistDir}; serving the API only. Run "npm run build".`, 'Lvze');
    return;
  }
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, {
    root: webDistDir,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
  });
  // Files win over this wildcard route (find-my-way prefers static paths), as do /graphql and /healthz.
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0];
    if (path.includes('.')) {
      return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `${path} not found` });
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
