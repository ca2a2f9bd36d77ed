import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

const main = new URL('../dist/main.js', import.meta.url).pathname;

// The built server (npm test builds before it runs the specs).
function start(env: Record<string, string>) {
  return spawnSync(process.execPath, [main], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('starting with a database that cannot be opened', () => {
  it('names DATABASE_URL in one line and exits non-zero', () => {
    const run = start({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/lvze', DATA_DIR: tmpdir() });
    expect(run.status).not.toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Lvze could not start: Cannot open the database at DATABASE_URL/);
  });

  it('names DATA_DIR when the embedded database cannot be created', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lvze-bad-'));
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    try {
      // A directory cannot be made inside a regular file.
      const run = start({ DATA_DIR: join(file, 'data') });
      expect(run.status).not.toBe(0);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/DATA_DIR/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects an APP_NOW that is not a date-time', () => {
    const run = start({ APP_NOW: 'tomorrow', DATA_DIR: tmpdir() });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/APP_NOW must be an ISO date-time/);
  });
});
