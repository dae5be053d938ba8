// The audit log: every officer and admin action, with who, what, on what, before and after. It is
// written in the same transaction as the change, so there is never a change without its entry.
import type { Prisma } from '@/lib/generated/prisma/client';

export interface AuditEntry {
  actorId: string;
  action: string;
  subject: string;
  subjectId: string;
  areaId?: number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

const json = (value: Record<string, unknown> | null | undefined) => (value ? (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue) : undefined);

export async function audit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      subject: entry.subject,
      subjectId: entry.subjectId,
      areaId: entry.areaId ?? null,
      before: json(entry.before),
      after: json(entry.after),
      reason: entry.reason ?? null,
    },
  });
}
