// `npm run search:reindex`: rebuilds every search index from PostgreSQL without downtime.
// `npm run search:check`: compares database and index and reports (with --repair, fixes) the differences.
import { checkConsistency, reindexAll, repair } from '../lib/search/maintenance';

const [command = 'reindex'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
try {
  if (command === 'reindex') {
    const began = Date.now();
    const counts = await reindexAll((line) => console.log(`[reindex] ${line}`));
    console.log(`[reindex] done in ${((Date.now() - began) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
  } else if (command === 'check') {
    const differences = await checkConsistency();
    for (const d of differences) console.log(`[check] ${d.type}: ${d.missing.length} missing from the index, ${d.extra.length} that should not be there`);
    const wrong = differences.some((d) => d.missing.length || d.extra.length);
    if (wrong && process.argv.includes('--repair')) {
      await repair(differences);
      console.log('[check] repaired');
    } else if (wrong) process.exitCode = 1;
  } else throw new Error(`unknown command ${command} (reindex | check [--repair])`);
} catch (e) {
  console.error(`[search] ${(e as Error).message}`);
  process.exitCode = 1;
}
process.exit();
