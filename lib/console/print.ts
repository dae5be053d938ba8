// The console's notice-board lists (/console/print): the unions in the officer's scope, by upazila,
// with how many verified providers each one's printable list (/a/<union>/print,
// lib/directory/notice-board.ts) has. The lists themselves are public pages.
import 'server-only';
import { db } from '@/lib/db';
import { NOTICE_BOARD_KINDS } from '@/lib/directory/notice-board';
import { getServedDistricts } from '@/lib/geo/queries';
import type { Scope } from './scope';

export interface NoticeBoardUnion {
  id: number;
  slug: string;
  nameBn: string;
  nameEn: string;
  upazilaBn: string;
  upazilaEn: string;
  providers: number;
}

/** Unions in scope (an admin's: every served district's), by upazila then name, with their counts. */
export async function noticeBoardUnions(scope: Scope): Promise<NoticeBoardUnion[]> {
  const bases = scope.path ? [scope.path] : (await getServedDistricts()).map((d) => d.path);
  const kinds = [...NOTICE_BOARD_KINDS];
  return db.$queryRaw<NoticeBoardUnion[]>`
    SELECT u.id, u.slug, u."nameBn", u."nameEn", up."nameBn" AS "upazilaBn", up."nameEn" AS "upazilaEn",
           COUNT(DISTINCT p.id)::int AS providers
    FROM "Area" u
    JOIN "Area" up ON up.id = u."parentId"
    LEFT JOIN "Area" a ON a.path LIKE u.path || '%'
    LEFT JOIN "Provider" p ON p."areaId" = a.id AND p.status = 'ACTIVE' AND p.verification = 'VERIFIED'
      AND EXISTS (
        SELECT 1 FROM "ProviderCategory" pc JOIN "Category" c ON c.id = pc."categoryId"
        WHERE pc."providerId" = p.id AND c."isActive" AND c.kind::text = ANY(${kinds})
      )
    WHERE u.level = 'UNION' AND u.path LIKE ANY(${bases.map((b) => `${b}%`)})
    GROUP BY u.id, up.id
    ORDER BY up."nameEn", u."nameEn"`;
}
