#!/usr/bin/env node
// Runs `prisma generate` offline. The CLI insists on a schema-engine binary even though generate
// never uses it, so point it at any executable (node itself) unless one is configured.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('prisma/schema.prisma')) process.exit(0);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const r = spawnSync(process.execPath, ['node_modules/prisma/build/index.js', 'generate'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env,
});
process.exit(r.status ?? 1);
