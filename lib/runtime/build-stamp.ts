// Decides whether `npm start` must run `next build`: a fingerprint of every file the build reads
// and of the settings it bakes in (next.config.mjs decides HSTS from HAAT_ENV when building),
// compared with the one saved next to the last build.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

const INPUTS = ['app', 'components', 'lib', 'messages', 'public', 'proxy.ts', 'next.config.mjs', 'package.json', 'postcss.config.mjs', 'tsconfig.json', 'tsconfig.build.json'];
const SKIP = new Set(['node_modules', '.next', '.data', '.git']);

async function* files(entry: string): AsyncGenerator<string> {
  const info = await stat(entry).catch(() => null);
  if (!info) return;
  if (!info.isDirectory()) {
    yield entry;
    return;
  }
  for (const child of (await readdir(entry)).sort()) {
    if (SKIP.has(child) || child.endsWith('.test.ts') || child.endsWith('.test.tsx')) continue;
    yield* files(path.join(entry, child));
  }
}

/** `baked`: the settings the build reads, e.g. "HAAT_ENV=production". */
export async function sourceFingerprint(root: string, baked = ''): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${baked}\n`);
  for (const input of INPUTS) {
    for await (const file of files(path.join(root, input))) {
      const info = await stat(file);
      hash.update(`${path.relative(root, file)}\0${info.size}\0${info.mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

const stampFile = (root: string) => path.join(root, '.next', 'haat-build-stamp');

export async function buildIsCurrent(root: string, baked = ''): Promise<boolean> {
  const saved = await readFile(stampFile(root), 'utf8').catch(() => null);
  const buildId = await stat(path.join(root, '.next', 'BUILD_ID')).catch(() => null);
  return Boolean(buildId && saved && saved === (await sourceFingerprint(root, baked)));
}

export async function recordBuild(root: string, fingerprint: string): Promise<void> {
  await writeFile(stampFile(root), fingerprint);
}
