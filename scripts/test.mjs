// npm test: every check the project has, in order, failing fast with the step that broke.
// API integration specs run on SQLite always, and on PostgreSQL too when TEST_DATABASE_URL is set.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const node = process.execPath;
const nx = ['node_modules/nx/dist/bin/nx.js'];
const jest = ['--experimental-vm-modules', '../../node_modules/jest/bin/jest.js', '--ci'];
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';

const steps = [
  ['build', node, [...nx, 'run-many', '-t', 'build', '--outputStyle=static']],
  ['schema.gql is current', node, ['apps/api/dist/core/graphql/print-schema.js', '--check']],
  ['prettier', node, ['node_modules/prettier/bin/prettier.cjs', '--check', '.', '--log-level=warn']],
  ['project graph', node, [...nx, 'show', 'projects']],
  ['eslint', node, ['node_modules/eslint/bin/eslint.js', '--max-warnings=0', '.']],
  ['typecheck', node, [...nx, 'run-many', '-t', 'typecheck', '--outputStyle=static']],
  ['libs/domain (jest)', node, jest, { cwd: 'libs/domain' }],
  ['api on SQLite (jest)', node, jest, { cwd: 'apps/api', env: { LVZE_TEST_DIALECT: 'sqlite' } }],
];
if (process.env.TEST_DATABASE_URL) {
  steps.push([
    'api on PostgreSQL (jest)',
    node,
    jest,
    { cwd: 'apps/api', env: { LVZE_TEST_DIALECT: 'postgres' } },
  ]);
} else {
  console.warn('\n!!! TEST_DATABASE_URL is not set: the API specs run on SQLite only. .ci/run sets it.\n');
}
steps.push(['web (vitest)', node, ['../../node_modules/vitest/vitest.mjs', 'run'], { cwd: 'apps/web' }]);
if (existsSync(chrome)) {
  steps.push([
    'browser journeys (playwright-core)',
    node,
    jest,
    { cwd: 'apps/web-e2e', env: { CHROME_PATH: chrome } },
  ]);
} else {
  console.warn(
    `\n${'!'.repeat(78)}\n!!! No Chromium at ${chrome}: the browser journeys are SKIPPED.\n` +
      `!!! Install it (apt-get install -y chromium) or set CHROME_PATH.\n${'!'.repeat(78)}\n`,
  );
}

const results = [];
for (const [name, command, args, options = {}] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const run = spawnSync(command, args, {
    stdio: 'inherit',
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push(`${run.status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds}s)`);
  if (run.status !== 0) {
    console.error(`\n${results.join('\n')}\n\nnpm test failed at: ${name}`);
    process.exit(1);
  }
}
console.log(`\n${results.join('\n')}\n\nnpm test passed.`);
