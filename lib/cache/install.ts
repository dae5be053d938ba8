// The database names the cache tags of every committed change to what public pages show, on
// channel "haat_cache" (NOTIFY is sent at commit, never for a rolled-back change): triggers on
// each table a public page reads. So every app instance expires exactly those pages, whoever made
// the change — a request, the worker (hold release, badge expiry), a script or an operator's SQL.
// Columns no page shows (search text, activity times) do not count as a change. The tags match
// lib/cache/tags.ts; lib/cache/broadcast.ts listens. Installed (idempotently) with the migrations
// by lib/db/migrate.ts: Prisma's migration runner splits scripts at every ";", which a function
// body has many of.
import pg from 'pg';

const TABLES = ['Provider', 'ProviderCategory', 'ProviderService', 'ProviderPhoto', 'Review', 'RentalListing', 'RentalPhoto', 'EmergencyContact', 'Category', 'Area', 'Shop', 'DeliveryZone', 'Product', 'ProductPhoto', 'ProductOption', 'CapacityDay', 'Setting', 'TrainingProgramme', 'TrainingProgrammeCategory', 'TrainingProgrammeArea', 'TrainingSession', 'Trainee', 'LivestockSeason', 'LivestockHaat', 'LivestockListing', 'LivestockPhoto', 'UdcRegistration'];

const FUNCTIONS = `
CREATE OR REPLACE FUNCTION haat_cache_notify(tags text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Identical payloads in one transaction are delivered once.
  PERFORM pg_notify('haat_cache', array_to_string(ARRAY(SELECT DISTINCT t FROM unnest(tags) AS t WHERE t IS NOT NULL), ','));
END $$;

-- The row as a page sees it: without the columns only search and bookkeeping use.
CREATE OR REPLACE FUNCTION haat_cache_visible(r jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT r - 'searchText' - 'searchVector' - 'updatedAt' - 'lastActiveAt' - 'onboardingStep' - 'availableChangedAt' - 'remindedFor' - 'expiresAt' - 'callTaps' - 'whatsappTaps'
$$;

CREATE OR REPLACE FUNCTION haat_cache_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  o jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;
  n jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;
  r jsonb := coalesce(n, o);
BEGIN
  IF TG_OP = 'UPDATE' AND haat_cache_visible(o) IS NOT DISTINCT FROM haat_cache_visible(n) THEN
    RETURN NULL;
  END IF;
  PERFORM haat_cache_notify(CASE TG_TABLE_NAME
    WHEN 'Provider' THEN ARRAY['providers', 'provider:' || (r->>'id'), 'provider-slug:' || (o->>'slug'), 'provider-slug:' || (n->>'slug'),
      CASE WHEN o->>'bloodGroup' IS NOT NULL OR n->>'bloodGroup' IS NOT NULL THEN 'donors' END]
    WHEN 'ProviderCategory' THEN ARRAY['providers', 'provider:' || (r->>'providerId'), 'donors']
    WHEN 'Setting' THEN ARRAY[CASE WHEN r->>'key' LIKE 'blood.%' THEN 'donors' END]
    WHEN 'ProviderService' THEN ARRAY['provider:' || (r->>'providerId')]
    WHEN 'ProviderPhoto' THEN ARRAY['providers', 'provider:' || (r->>'providerId')]
    WHEN 'Review' THEN ARRAY['provider:' || (r->>'providerId'), 'shop:' || (r->>'shopId')]
    WHEN 'RentalListing' THEN ARRAY['rentals', 'provider:' || (o->>'providerId'), 'provider:' || (n->>'providerId')]
    WHEN 'RentalPhoto' THEN ARRAY['rentals']
    WHEN 'EmergencyContact' THEN ARRAY['contacts']
    WHEN 'Category' THEN ARRAY['categories']
    WHEN 'Area' THEN ARRAY['areas']
    WHEN 'Shop' THEN ARRAY['shops', 'shop:' || (r->>'id'), 'shop-slug:' || (o->>'slug'), 'shop-slug:' || (n->>'slug')]
    WHEN 'DeliveryZone' THEN ARRAY['shop:' || (r->>'shopId')]
    WHEN 'TrainingProgramme' THEN ARRAY['training', 'training:' || (r->>'id')]
    WHEN 'TrainingProgrammeCategory' THEN ARRAY['training', 'training:' || (r->>'programmeId')]
    WHEN 'TrainingProgrammeArea' THEN ARRAY['training', 'training:' || (r->>'programmeId')]
    WHEN 'TrainingSession' THEN ARRAY['training', 'training:' || (r->>'programmeId')]
    -- Seats left, on the list and the programme's page, and a completed trainee's "trained" line
    -- on her profile (which also carries each programme's own tag, for its title and office).
    WHEN 'Trainee' THEN ARRAY['training', 'training:' || (r->>'programmeId'), 'provider:' || (r->>'providerId')]
    -- The cattle market: the lists and a listing's page, and the haats (calendar, filters, a listing's haat).
    WHEN 'LivestockListing' THEN ARRAY['livestock', 'livestock:' || (r->>'id')]
    WHEN 'LivestockPhoto' THEN ARRAY['livestock', 'livestock:' || (r->>'listingId')]
    WHEN 'LivestockHaat' THEN ARRAY['haats', 'livestock']
    WHEN 'LivestockSeason' THEN ARRAY['haats', 'livestock']
    -- A registration a UDC operator made: the "registered with help from" line of a profile or shop.
    WHEN 'UdcRegistration' THEN ARRAY['provider:' || (o->>'providerId'), 'provider:' || (n->>'providerId'), 'shop:' || (o->>'shopId'), 'shop:' || (n->>'shopId')]
    WHEN 'Product' THEN ARRAY['shops', 'shop:' || (r->>'shopId'), 'product:' || (r->>'id')]
    ELSE ARRAY['product:' || (r->>'productId'), 'shop:' || (SELECT "shopId" FROM "Product" WHERE id = r->>'productId')]
  END);
  RETURN NULL;
END $$;
`;

export async function installCacheTriggers(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(FUNCTIONS);
    for (const table of TABLES) {
      await client.query(`DROP TRIGGER IF EXISTS haat_cache ON "${table}"`);
      await client.query(`CREATE TRIGGER haat_cache AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION haat_cache_row()`);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
