-- UDC assisted registration, security review (issue #19 part 3): the media the operator attached
-- (the only photos she may change or remove), and one registration waiting for a code per number.

-- AlterTable
ALTER TABLE "UdcRegistration" ADD COLUMN "operatorMediaIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- A number has at most one registration waiting for its code (a new one replaces the old).
DELETE FROM "UdcRegistration" r WHERE r."status" = 'PENDING' AND EXISTS (
  SELECT 1 FROM "UdcRegistration" n WHERE n."phone" = r."phone" AND n."status" = 'PENDING' AND (n."createdAt", n."id") > (r."createdAt", r."id"));
CREATE UNIQUE INDEX "UdcRegistration_one_pending_per_phone" ON "UdcRegistration"("phone") WHERE "status" = 'PENDING';
