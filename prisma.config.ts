import { defineConfig } from 'prisma/config';

// The database URL is only needed by commands that connect; `generate` runs without one.
// Migrations are applied by scripts/migrate.ts (offline-capable) or `prisma migrate deploy`.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/haat' },
});
