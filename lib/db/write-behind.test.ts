import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { flushAllWritesBehind, WriteBehind } from './write-behind';

/**
 * A server process with one slow write waiting, stopped by SIGTERM; `likeNext` also handles the
 * signal as Next.js does (process.exit as soon as the server is closed). What it wrote and how it ended.
 */
async function stopServer(likeNext: boolean): Promise<{ written: string; code: number | null }> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'write-behind-')), 'written');
  const script = `
    import { appendFileSync } from 'node:fs';
    import { flushOnShutdown, WriteBehind } from ${JSON.stringify(path.join(import.meta.dirname, 'write-behind.ts'))};
    if (${likeNext}) process.on('SIGTERM', () => setImmediate(() => process.exit(143)));
    flushOnShutdown();
    const buffer = new WriteBehind('test', async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      appendFileSync(${JSON.stringify(file)}, 'the counts');
    }, 60_000);
    buffer.schedule();
    setInterval(() => {}, 1_000);
    console.log('ready');`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  const code = await exited;
  return { written: await readFile(file, 'utf8').catch(() => ''), code };
}

describe('WriteBehind', () => {
  it('writes once within its delay however often it is told something waits', async () => {
    const write = vi.fn(async () => {});
    const buffer = new WriteBehind('test', write, 20);
    for (let i = 0; i < 5; i++) buffer.schedule();
    await vi.waitFor(() => expect(write).toHaveBeenCalledTimes(1), { timeout: 2_000, interval: 10 });
    expect(buffer.hasWaiting).toBe(false);
  });

  it('never runs two writes of one buffer at once; a flush asked during a write runs after it', async () => {
    let running = 0;
    let most = 0;
    const write = vi.fn(async () => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setImmediate(resolve));
      running--;
    });
    const buffer = new WriteBehind('test', write, 60_000);
    await Promise.all([buffer.flush(), buffer.flush(), flushAllWritesBehind()]);
    expect(most).toBe(1);
    expect(write.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('logs a failed write and never rejects', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const buffer = new WriteBehind('failing test', async () => Promise.reject(new Error('database is away')));
    await expect(buffer.flush()).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('failing test: writing to the database failed: database is away'));
    error.mockRestore();
  });

  it('a server stopped by SIGTERM writes what waits before it exits, whoever else handles the signal', async () => {
    expect(await stopServer(true)).toEqual({ written: 'the counts', code: 143 });
    expect(await stopServer(false)).toEqual({ written: 'the counts', code: 143 });
  });
});
