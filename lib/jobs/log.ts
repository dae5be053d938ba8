// graphile-worker's messages in the worker's own words: errors and warnings only, prefixed.
import { Logger } from 'graphile-worker';

export const jobLogger = new Logger(() => (level, message) => {
  if (level === 'error') console.error(`[jobs] ${message}`);
  else if (level === 'warning') console.warn(`[jobs] ${message}`);
});
