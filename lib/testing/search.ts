// For tests that search: applies the whole search outbox to Meilisearch, as the worker would,
// waiting for each batch to be applied. Throws if a batch fails.
import { drainOutbox } from '@/lib/search/outbox';

export async function drainSearchOutbox(rounds = 50): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const { processed, failed } = await drainOutbox(500, { wait: true });
    if (failed) throw new Error('outbox failed');
    if (processed === 0) return;
  }
}
