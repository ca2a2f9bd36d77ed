import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The built product, exactly as `npm start` runs it: API, /graphql and the web app on one port.
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const apiMain = join(repoRoot, 'apps/api/dist/main.js');
const webIndex = join(repoRoot, 'apps/web/dist/index.html');

/** Wednesday of 2026-W48, Beijing time: the demo data is written relative to this instant. */
export const APP_NOW = '2026-11-25T10:00:00+08:00';
export const CURRENT_WEEK = '2026-W48';

// The demo seed takes several seconds on a fresh data directory.
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;

export interface ProductServer {
  baseUrl: string;
  dataDir: string;
  /** The server's own output so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export async function startProduct(extraEnv: Record<string, string> = {}): Promise<ProductServer> {
  for (const file of [apiMain, webIndex]) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: run \`npm run build\` at the repo root first.`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'lvze-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    APP_NOW,
    ...extraEnv,
  };
  // Always a throwaway SQLite file in DATA_DIR, whatever the caller's shell points at.
  delete env.DATABASE_URL;
  delete env.REDIS_URL;

  // process.execPath, never npx: an npx child survived kill and hung a run (stack-notes.md, pitfall 8).
  const child = spawn(process.execPath, [apiMain], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const server: ProductServer = {
    baseUrl,
    dataDir,
    output: () => log,
    stop: async () => {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };

  try {
    await waitForHealth(baseUrl, child);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${log}`);
  }
  return server;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The product exited (${child.exitCode ?? child.signalCode}) before /healthz answered.`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet: migrations and the demo seed run before the port opens.
    }
    await sleep(250);
  }
  throw new Error(`GET ${baseUrl}/healthz did not answer 200 within ${READY_TIMEOUT_MS / 1000} s.`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const killTimer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  killTimer.unref();
  await exited;
  clearTimeout(killTimer);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Starts a fresh product (own port, own data) for the test file and stops it afterwards. */
export function useProduct(extraEnv: Record<string, string> = {}): () => ProductServer {
  let server: ProductServer | undefined;
  beforeAll(async () => {
    server = await startProduct(extraEnv);
  }, READY_TIMEOUT_MS + 15_000);
  afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (!server) throw new Error('The product server is not running.');
    return server;
  };
}
