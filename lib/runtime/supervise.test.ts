// The supervisor on real child processes: a killed one is started again with a log line, failed
// starts back off, and stop() ends it (also mid-restart) without leaving anything running.
import { describe, expect, it } from 'vitest';
import { waitFor } from './ports';
import { backoffDelay, spawnNode, supervise } from './supervise';

const idle = () => spawnNode(['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('backoffDelay', () => {
  it('doubles from 1 s up to 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 40].map((n) => backoffDelay(n))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });
});

describe('supervise', () => {
  it('starts a killed process again, with one log line each way, and stops it for good', { timeout: 60_000 }, async () => {
    const lines: string[] = [];
    const service = await supervise({ name: 'Idler', start: async () => idle(), log: (l) => lines.push(l), baseDelayMs: 100 });
    const first = service.current()!;
    process.kill(first.pid, 'SIGKILL');
    expect(await waitFor(async () => service.restarts() === 1, 30_000, 50)).toBe(true);
    const second = service.current()!;
    expect(second.pid).not.toBe(first.pid);
    expect(lines).toEqual(['Idler stopped unexpectedly (signal SIGKILL); starting it again in 0.1 s', 'Idler is running again']);
    await service.stop();
    expect(alive(second.pid)).toBe(false);
    await new Promise((r) => setTimeout(r, 300));
    expect(service.restarts(), 'not started again after stop()').toBe(1);
  });

  it('backs off while starting fails, and keeps trying until it works', { timeout: 60_000 }, async () => {
    const lines: string[] = [];
    let tries = 0;
    const service = await supervise({
      name: 'Flaky',
      start: async () => {
        if (tries++ > 0 && tries < 4) throw new Error('port in use\nmore detail');
        return idle();
      },
      log: (l) => lines.push(l),
      baseDelayMs: 50,
    });
    process.kill(service.current()!.pid, 'SIGTERM');
    expect(await waitFor(async () => service.restarts() === 1, 30_000, 50)).toBe(true);
    expect(lines).toEqual([
      'Flaky stopped unexpectedly (signal SIGTERM); starting it again in 0.05 s',
      'Flaky could not start again (port in use); starting it again in 0.1 s',
      'Flaky could not start again (port in use); starting it again in 0.2 s',
      'Flaky is running again',
    ]);
    await service.stop();
  });

  it('stop() while waiting to start again starts nothing', { timeout: 30_000 }, async () => {
    const lines: string[] = [];
    const service = await supervise({ name: 'Idler', start: async () => idle(), log: (l) => lines.push(l), baseDelayMs: 10_000 });
    process.kill(service.current()!.pid, 'SIGKILL');
    expect(await waitFor(async () => lines.length === 1, 10_000, 20)).toBe(true);
    const began = Date.now();
    await service.stop();
    expect(Date.now() - began).toBeLessThan(5_000);
    expect(service.current()).toBeUndefined();
    expect(service.restarts()).toBe(0);
  });
});

describe('supervise while its caller shuts down', () => {
  it('does not start again a process that ended because everything is stopping (Ctrl-C reaches children too)', { timeout: 30_000 }, async () => {
    const lines: string[] = [];
    let shutting = false;
    const service = await supervise({ name: 'Idler', start: async () => idle(), log: (l) => lines.push(l), baseDelayMs: 50, shuttingDown: () => shutting });
    const pid = service.current()!.pid;
    shutting = true;
    process.kill(pid, 'SIGINT');
    expect(await waitFor(async () => !alive(pid), 10_000, 20)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(service.restarts()).toBe(0);
    expect(lines).toEqual([]);
    await service.stop();
  });
});
