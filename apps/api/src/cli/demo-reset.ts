// npm run demo:reset — drops everything in the configured database, migrates it and seeds the demo
// campaign again. For demos and training rooms; refuses to run under NODE_ENV=production.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../core/config/app-config.js';
import { seedDemoIfEmpty } from '../core/database/seeds/demo-seed.js';
import { LocalFileStorage } from '../modules/file/file-storage.js';
import { openDatabase } from '../server.js';

try {
  const config = loadConfig();
  if (config.production) throw new ConfigError('demo:reset refuses to run with NODE_ENV=production.');
  const dataSource = await openDatabase(config);
  await dataSource.dropDatabase();
  rmSync(join(config.dataDir, 'files'), { recursive: true, force: true });
  await dataSource.runMigrations({ transaction: 'all' });
  await seedDemoIfEmpty(
    dataSource,
    config.fixedNow ?? new Date(),
    new LocalFileStorage(join(config.dataDir, 'files')),
  );
  await dataSource.destroy();
  console.log(`Demo data reset (${config.database.kind}).`);
} catch (error) {
  console.error(`demo:reset failed: ${(error as Error).message}`);
  process.exit(1);
}
