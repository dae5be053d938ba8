// Seeding. The base data (the area tree, categories, national hotlines, default settings) is
// applied on every start and is idempotent; a fingerprint of it is kept so an unchanged seed costs
// one query. The demo district is added only to an empty database and never in production.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDb, type Db } from '../../lib/db/client';
import { refreshStaleSearchText } from '../../lib/search/outbox';
import { buildAreaTree } from './areas';
import { categories } from './categories';
import { nationalEmergency } from './emergency';

export const defaultSettings: Record<string, unknown> = {
  'blood.minDaysMale': 90,
  'blood.minDaysFemale': 120,
  'verification.validMonths': 12,
};

function baseFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of ['districts.csv', 'upazilas.csv', 'unions.csv', 'divisions.csv']) {
    hash.update(readFileSync(path.join(import.meta.dirname, '..', 'data', 'bd-geo', file)));
  }
  hash.update(JSON.stringify([categories, nationalEmergency, defaultSettings]));
  return hash.digest('hex').slice(0, 16);
}

export async function seedBase(db: Db): Promise<boolean> {
  const fingerprint = baseFingerprint();
  const saved = await db.setting.findUnique({ where: { key: 'seed.base' } });
  if (saved?.value === fingerprint) return false;

  const areas = buildAreaTree();
  // Parents before children: the tree is built in level order.
  for (let i = 0; i < areas.length; i += 1000) {
    const batch = areas.slice(i, i + 1000);
    await db.$executeRawUnsafe(
      `INSERT INTO "Area" (id, level, code, slug, "nameBn", "nameEn", "parentId", path, lat, lon)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(id int, level "AreaLevel", code text, slug text, "nameBn" text, "nameEn" text, "parentId" int, path text, lat float8, lon float8)
       ON CONFLICT (id) DO UPDATE SET slug = EXCLUDED.slug, "nameBn" = EXCLUDED."nameBn", "nameEn" = EXCLUDED."nameEn",
         "parentId" = EXCLUDED."parentId", path = EXCLUDED.path, lat = EXCLUDED.lat, lon = EXCLUDED.lon`,
      JSON.stringify(batch),
    );
  }
  for (const [index, c] of categories.entries()) {
    const nfc = (text: string) => text.normalize('NFC');
    const data = { kind: c.kind, nameBn: nfc(c.nameBn), nameEn: c.nameEn, icon: c.icon, aliases: (c.aliases ?? []).map(nfc), sortOrder: (index + 1) * 10 };
    // Admins manage categories from the console: an existing one keeps its names, icon and order,
    // and only gains search words the code has learnt since.
    const existing = await db.category.findUnique({ where: { slug: c.slug }, select: { aliases: true } });
    if (!existing) await db.category.create({ data: { slug: c.slug, ...data } });
    else await db.category.update({ where: { slug: c.slug }, data: { aliases: [...new Set([...existing.aliases, ...data.aliases])] } });
  }
  for (const [index, e] of nationalEmergency.entries()) {
    const data = { kind: e.kind, nameBn: e.nameBn, nameEn: e.nameEn, phone: e.phone, noteBn: e.noteBn ?? null, sortOrder: index };
    // Officers keep numbers current from the console: a seeded number is created once, never overwritten.
    await db.emergencyContact.upsert({ where: { seedKey: e.key }, create: { seedKey: e.key, ...data }, update: {} });
  }
  for (const [key, value] of Object.entries(defaultSettings)) {
    await db.setting.upsert({ where: { key }, create: { key, value: value as never }, update: {} });
  }
  await db.setting.upsert({ where: { key: 'seed.base' }, create: { key: 'seed.base', value: fingerprint }, update: { value: fingerprint } });
  return true;
}

export interface SeedOptions {
  production: boolean;
  mediaDir: string;
  /** "1" always seeds the demo, "0" never; otherwise only into an empty database. Never in production. */
  demo?: string;
}

/** Runs on every `npm start`; returns lines describing what it did. */
export async function seedOnStart(options: SeedOptions, db: Db = createDb(process.env.DATABASE_URL!, 2)): Promise<string[]> {
  const lines: string[] = [];
  try {
    lines.push((await seedBase(db)) ? 'seeded areas, categories and emergency numbers' : 'base data is current');
    // The demo's accounts share a public password: production never gets them, whatever HAAT_SEED_DEMO says.
    const wanted = !options.production && options.demo !== '0';
    if (wanted && (options.demo === '1' || (await db.user.count()) === 0)) {
      const { seedDemo } = await import('./demo');
      const summary = await seedDemo(db, options.mediaDir);
      lines.push(`seeded the demo district: ${summary}`);
    } else if (options.production && options.demo === '1') {
      lines.push('HAAT_SEED_DEMO=1 ignored: demo data (accounts with a public password) is never seeded in production');
    }
    // The search fallback's text carries category names and aliases: rewritten when they (or its recipe) change.
    const rewritten = await refreshStaleSearchText(db, baseFingerprint());
    if (rewritten) lines.push(`rewrote the search text of ${rewritten} records`);
  } finally {
    await db.$disconnect();
  }
  return lines;
}
