import { describe, expect, it, vi } from 'vitest';
import { flushAllWritesBehind, WriteBehind } from './write-behind';

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
});
