// npm start: builds what is missing or changed (Nx's cache makes unchanged projects instant),
// then serves web app, /graphql and /healthz on one port. Migrations and demo data run on start.
import { spawn, spawnSync } from 'node:child_process';

const node = process.execPath;
const build = spawnSync(
  node,
  ['node_modules/nx/dist/bin/nx.js', 'run-many', '-t', 'build', '--outputStyle=static'],
  {
    stdio: 'inherit',
  },
);
if (build.status !== 0) {
  console.error('Lvze could not build; see the errors above.');
  process.exit(build.status ?? 1);
}
const server = spawn(node, ['apps/api/dist/main.js'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
