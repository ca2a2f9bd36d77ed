// Generates the next migration for both dialects: SQLite on a temp file, PostgreSQL on a
// throwaway database of TEST_DATABASE_URL's server. Usage: node scripts/generate-migration.mjs add-tasks
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withThrowawayPostgres } from './lib/postgres.mjs';

const name = process.argv[2];
const run = (env) =>
  execFileSync(process.execPath, ['apps/api/dist/cli/generate-migration.js', name], {
    stdio: 'inherit',
    env: { ...process.env, SEED_DEMO: 'false', ...env },
  });

execFileSync('npm', ['run', 'build', '-w', 'libs/domain'], { stdio: 'inherit' });
execFileSync('npm', ['run', 'build', '-w', 'apps/api'], { stdio: 'inherit' });
const dataDir = mkdtempSync(join(tmpdir(), 'lvze-migration-'));
try {
  run({ DATA_DIR: dataDir, DATABASE_URL: '' });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
await withThrowawayPostgres('lvze_migration', async (url) => run({ DATABASE_URL: url, DATA_DIR: tmpdir() }));
