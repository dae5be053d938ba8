import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Secrets the embedded default generates once and keeps in the data directory. */
export interface LocalSecrets {
  authSecret: string;
  pgPassword: string;
  meiliMasterKey: string;
  /** Signs inbound SMS on this machine (SMS_INBOUND_SECRET: lib/notify/inbound, scripts/sms-relay.ts). */
  smsInboundSecret: string;
}

const fresh = (): LocalSecrets => ({
  authSecret: randomBytes(32).toString('base64url'),
  pgPassword: randomBytes(18).toString('base64url'),
  meiliMasterKey: randomBytes(24).toString('base64url'),
  smsInboundSecret: randomBytes(24).toString('base64url'),
});

export async function loadLocalSecrets(dataDir: string): Promise<LocalSecrets> {
  const file = path.join(dataDir, 'secrets.json');
  const saved = await readFile(file, 'utf8').then((t) => JSON.parse(t) as Partial<LocalSecrets>).catch(() => ({}));
  const secrets = { ...fresh(), ...saved };
  if (JSON.stringify(secrets) !== JSON.stringify(saved)) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets;
}
