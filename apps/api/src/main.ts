import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './core/config/app-config.js';
import { startServer } from './server.js';

try {
  const config = loadConfig();
  const server = await startServer(config);
  const mode = config.database.kind === 'postgres' ? 'PostgreSQL' : `SQLite at ${config.database.file}`;
  Logger.log(`Lvze is serving ${server.url.replace(/:\d+$/, `:${config.port}`)} (${mode})`, 'Lvze');
} catch (error) {
  // One line an operator can act on, and a non-zero exit.
  console.error(
    `Lvze could not start: ${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}`,
  );
  process.exit(1);
}
