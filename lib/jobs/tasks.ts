// Every job the worker runs: its name, its payload and its handler. Handlers are imported when
// first run, so adding a job (lib/jobs/queue.ts) never loads the code that runs it.
import type { CronItem, TaskList } from 'graphile-worker';
import { workerLog } from './log';

export interface JobPayloads {
  /** Deliver one queued SMS (lib/notify/sms.ts); `text` only when the log holds a redacted copy. */
  'sms.send': { id: string; text?: string; secret?: string };
  /** Someone asked for a sign-up code: a code for a new number, a notice for a registered one (lib/auth/accounts.ts). */
  'auth.signUp': { phone: string; client: string; account?: { name: string; passwordHash: string }; send: boolean };
  /** Someone asked to reset a password: a code only if the number has an account that may. */
  'auth.reset': { phone: string; client: string };
  /** Hourly: delete what Haat no longer needs to keep (lib/maintenance/prune.ts). */
  'maintenance.prune': Record<string, never>;
  /** Every minute: give back the capacity of card orders whose payment hold ran out. */
  'orders.releaseHolds': Record<string, never>;
  /** Hourly: expire verification badges past their date and remind a month before. */
  'verification.expire': Record<string, never>;
  /** Hourly: hide rental listings past their 60 days and remind owners a few days before (lib/rentals/expiry.ts). */
  'rentals.expire': Record<string, never>;
  /** Hourly: take livestock listings past their season (or 30 days) off the list and search, and remind sellers a few days before (lib/livestock/expiry.ts). */
  'livestock.expire': Record<string, never>;
  /** Nightly: a backup into <data dir>/backups, keeping 7 daily and 4 weekly (lib/maintenance/backup.ts). */
  'maintenance.backup': Record<string, never>;
  /** Hourly: remind accepted trainees the day before and expire invitations past their link's date (lib/training/reminders.ts). */
  'training.upkeep': Record<string, never>;
}

export type TaskName = keyof JobPayloads;

export const taskList: TaskList = {
  'sms.send': async (payload) => {
    const { deliverSms } = await import('@/lib/notify/sms');
    await deliverSms(payload as JobPayloads['sms.send']);
  },
  'auth.signUp': async (payload) => {
    const { runSignUpRequest } = await import('@/lib/auth/accounts');
    await runSignUpRequest(payload as JobPayloads['auth.signUp']);
  },
  'auth.reset': async (payload) => {
    const { runResetRequest } = await import('@/lib/auth/accounts');
    await runResetRequest(payload as JobPayloads['auth.reset']);
  },
  'maintenance.prune': async () => {
    const { pruneOldRecords } = await import('@/lib/maintenance/prune');
    const pruned = await pruneOldRecords();
    const total = Object.values(pruned).reduce((a, b) => a + b, 0);
    if (total) workerLog.info(`pruned ${Object.entries(pruned).filter(([, n]) => n).map(([k, n]) => `${n} ${k}`).join(', ')}`);
  },
  'maintenance.backup': async () => {
    const { nightlyBackup } = await import('@/lib/maintenance/backup');
    const written = await nightlyBackup();
    if (!written) return;
    const { file, gone } = written;
    workerLog.info(`backup written: ${file}${gone.length ? `; removed ${gone.length} older (kept 7 daily, 4 weekly)` : ''}`);
  },
  'orders.releaseHolds': async () => {
    const { releaseExpiredHolds } = await import('@/lib/orders/holds');
    const released = await releaseExpiredHolds();
    if (released) workerLog.info(`released ${released} expired card payment holds`);
  },
  'verification.expire': async () => {
    const { expireVerifications } = await import('@/lib/console/expiry');
    const { expired, reminded } = await expireVerifications();
    if (expired || reminded) workerLog.info(`verification: ${expired} expired, ${reminded} reminded`);
  },
  'rentals.expire': async () => {
    const { expireRentals } = await import('@/lib/rentals/expiry');
    const { expired, reminded } = await expireRentals();
    if (expired || reminded) workerLog.info(`rentals: ${expired} expired, ${reminded} reminded`);
  },
  'livestock.expire': async () => {
    const { expireLivestock } = await import('@/lib/livestock/expiry');
    const { expired, reminded } = await expireLivestock();
    if (expired || reminded) workerLog.info(`livestock: ${expired} expired, ${reminded} reminded`);
  },
  'training.upkeep': async () => {
    const { trainingUpkeep } = await import('@/lib/training/reminders');
    const { expired, reminded } = await trainingUpkeep();
    if (expired || reminded) workerLog.info(`training: ${expired} invitations expired, ${reminded} reminded`);
  },
};

/** The schedule. A run missed while no worker was up is not made up (backfill 0), the next one does it all. */
export const cronItems: CronItem[] = [
  { task: 'orders.releaseHolds', match: '* * * * *', identifier: 'orders.releaseHolds' },
  { task: 'verification.expire', match: '7 * * * *', identifier: 'verification.expire' },
  { task: 'rentals.expire', match: '37 * * * *', identifier: 'rentals.expire' },
  { task: 'livestock.expire', match: '41 * * * *', identifier: 'livestock.expire' },
  { task: 'training.upkeep', match: '47 * * * *', identifier: 'training.upkeep' },
  { task: 'maintenance.prune', match: '23 * * * *', identifier: 'maintenance.prune' },
  // 03:30 in Dhaka, the quietest hour; one worker of several takes it (the identifier).
  { task: 'maintenance.backup', match: '30 21 * * *', identifier: 'maintenance.backup' },
];
