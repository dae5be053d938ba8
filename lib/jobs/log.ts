// The worker's lines and graphile-worker's own (errors and warnings only) through the one JSON
// logger (lib/log.ts), marked with where they come from.
import { Logger } from 'graphile-worker';
import { log } from '@/lib/log';

export const workerLog = log.child({ component: 'worker' });
const queueLog = log.child({ component: 'jobs' });

export const jobLogger = new Logger((scope) => (level, message) => {
  // The job's name and try, never its payload (a phone number, a code).
  const where = { task: scope.taskIdentifier, jobId: scope.jobId };
  if (level === 'error') queueLog.error(where, message);
  else if (level === 'warning') queueLog.warn(where, message);
});
