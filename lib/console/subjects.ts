// What the officers' two queues are about: the reported or appealed thing (a provider, shop,
// product, rental, review or account), described in one query per kind with its owner and area, and
// the two ways a case ends. Used by the reports (reports.ts) and appeals (appeals.ts) pages.
import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SubjectType } from '@/lib/generated/prisma/enums';
import { livestockName } from '@/lib/livestock/kinds';
import type { RecordSubject } from './records';
import type { Scope } from './scope';

export type Client = Prisma.TransactionClient | typeof db;

export const OUTCOMES = ['RESOLVED', 'DISMISSED'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const SMS_DECISION_CHARS = 120;
/** An officer's words as an SMS quotes them: cut short so the message stays one or two parts. */
export const smsQuote = (text: string) => (text.length > SMS_DECISION_CHARS ? `${text.slice(0, SMS_DECISION_CHARS - 1)}…` : text);

// ───────────────────────────── subjects ─────────────────────────────

export interface SubjectInfo {
  /** What people call it: a name, a product with its shop, a review's first words. */
  name: string;
  status: string | null;
  statusReason: string | null;
  ownerId: string | null;
  areaId: number | null;
  areaPath: string | null;
  place: { nameBn: string; nameEn: string } | null;
  /** The record whose console page shows it: itself (a rental too), or a review's provider or shop. */
  record: RecordRef | null;
}

export type SubjectRef = { subject: SubjectType; subjectId: string };
export type RecordRef = { subject: RecordSubject; subjectId: string };
export const subjectKey = (ref: SubjectRef) => `${ref.subject}:${ref.subjectId}`;

const areaSelect = { select: { path: true, nameBn: true, nameEn: true } } as const;

/** Names, status, owner and area of the subjects of reports or appeals, in one query per kind. */
export async function describeSubjects(refs: SubjectRef[], client: Client = db): Promise<Map<string, SubjectInfo>> {
  const ids = (type: SubjectType) => [...new Set(refs.filter((r) => r.subject === type).map((r) => r.subjectId))];
  const none = () => Promise.resolve([] as never[]);
  const [providers, shops, products, reviews, rentals, users, livestock] = await Promise.all([
    ids('PROVIDER').length
      ? client.provider.findMany({ where: { id: { in: ids('PROVIDER') } }, select: { id: true, nameBn: true, status: true, statusReason: true, userId: true, areaId: true, area: areaSelect } })
      : none(),
    ids('SHOP').length
      ? client.shop.findMany({ where: { id: { in: ids('SHOP') } }, select: { id: true, nameBn: true, status: true, statusReason: true, ownerId: true, areaId: true, area: areaSelect } })
      : none(),
    ids('PRODUCT').length
      ? client.product.findMany({
          where: { id: { in: ids('PRODUCT') } },
          select: { id: true, nameBn: true, status: true, statusReason: true, shop: { select: { nameBn: true, ownerId: true, areaId: true, area: areaSelect } } },
        })
      : none(),
    ids('REVIEW').length
      ? client.review.findMany({
          where: { id: { in: ids('REVIEW') } },
          select: {
            id: true,
            text: true,
            status: true,
            authorId: true,
            provider: { select: { id: true, nameBn: true, areaId: true, area: areaSelect } },
            shop: { select: { id: true, nameBn: true, areaId: true, area: areaSelect } },
          },
        })
      : none(),
    ids('RENTAL').length
      ? client.rentalListing.findMany({ where: { id: { in: ids('RENTAL') } }, select: { id: true, title: true, status: true, statusReason: true, areaId: true, area: areaSelect, ownerId: true } })
      : none(),
    ids('USER').length ? client.user.findMany({ where: { id: { in: ids('USER') } }, select: { id: true, name: true, status: true, statusReason: true } }) : none(),
    ids('LIVESTOCK').length
      ? client.livestockListing.findMany({
          where: { id: { in: ids('LIVESTOCK') } },
          select: { id: true, animal: true, breed: true, weightKg: true, status: true, statusReason: true, sellerId: true, areaId: true, area: areaSelect },
        })
      : none(),
  ]);
  const out = new Map<string, SubjectInfo>();
  const place = (a: { nameBn: string; nameEn: string }) => ({ nameBn: a.nameBn, nameEn: a.nameEn });
  for (const p of providers) {
    out.set(`PROVIDER:${p.id}`, { name: p.nameBn, status: p.status, statusReason: p.statusReason, ownerId: p.userId, areaId: p.areaId, areaPath: p.area.path, place: place(p.area), record: { subject: 'PROVIDER', subjectId: p.id } });
  }
  for (const s of shops) {
    out.set(`SHOP:${s.id}`, { name: s.nameBn, status: s.status, statusReason: s.statusReason, ownerId: s.ownerId, areaId: s.areaId, areaPath: s.area.path, place: place(s.area), record: { subject: 'SHOP', subjectId: s.id } });
  }
  for (const p of products) {
    const { shop } = p;
    out.set(`PRODUCT:${p.id}`, { name: `${p.nameBn} — ${shop.nameBn}`, status: p.status, statusReason: p.statusReason, ownerId: shop.ownerId, areaId: shop.areaId, areaPath: shop.area.path, place: place(shop.area), record: { subject: 'PRODUCT', subjectId: p.id } });
  }
  for (const r of reviews) {
    const on = r.provider ?? r.shop;
    const excerpt = (r.text ?? '').slice(0, 60);
    out.set(`REVIEW:${r.id}`, {
      name: `${on?.nameBn ?? ''}${excerpt ? ` — “${excerpt}”` : ''}`,
      status: r.status,
      statusReason: null,
      ownerId: r.authorId,
      areaId: on?.areaId ?? null,
      areaPath: on?.area.path ?? null,
      place: on ? place(on.area) : null,
      record: r.provider ? { subject: 'PROVIDER', subjectId: r.provider.id } : r.shop ? { subject: 'SHOP', subjectId: r.shop.id } : null,
    });
  }
  for (const r of rentals) {
    out.set(`RENTAL:${r.id}`, { name: r.title, status: r.status, statusReason: r.statusReason, ownerId: r.ownerId, areaId: r.areaId, areaPath: r.area.path, place: place(r.area), record: { subject: 'RENTAL', subjectId: r.id } });
  }
  // A livestock listing has no record page: the reports queue links to the haat console's listings.
  for (const l of livestock) {
    out.set(`LIVESTOCK:${l.id}`, { name: livestockName(l), status: l.status, statusReason: l.statusReason, ownerId: l.sellerId, areaId: l.areaId, areaPath: l.area.path, place: place(l.area), record: null });
  }
  for (const u of users) out.set(`USER:${u.id}`, { name: u.name, status: u.status, statusReason: u.statusReason, ownerId: u.id, areaId: null, areaPath: null, place: null, record: null });
  return out;
}

/** Admins see every subject; officers those whose area lies under theirs (a user has no area). */
export const subjectInScope = (scope: Scope, info: SubjectInfo | undefined) => scope.isAdmin || Boolean(info?.areaPath?.startsWith(scope.path));
