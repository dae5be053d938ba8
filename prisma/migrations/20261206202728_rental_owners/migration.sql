-- Owners post their own rentals (issue #14, item 3): a listing belongs to the person who posted it
-- ("ownerId", the provider is only kept for the seeded ones), carries its own call/WhatsApp numbers,
-- the advance and rooms, can be marked let, and expires 60 days after posting or renewal (the
-- worker sets "expiredAt" and reminds once per period, "remindedFor"). Rentals join the search
-- index: "searchText"/"searchVector" as for providers (GENERATED ALWAYS, edited by hand as in the
-- search_text migration). Existing listings get their provider's user and numbers, and 60 days.

-- AlterEnum
ALTER TYPE "SearchEntity" ADD VALUE 'RENTAL';

-- AlterTable
ALTER TABLE "RentalListing" ADD COLUMN     "advancePoisha" INTEGER,
ADD COLUMN     "expiredAt" TIMESTAMP(3),
ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "letAt" TIMESTAMP(3),
ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "remindedFor" TIMESTAMP(3),
ADD COLUMN     "rooms" INTEGER,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "searchText")) STORED,
ADD COLUMN     "statusReason" TEXT,
ADD COLUMN     "whatsapp" TEXT,
ALTER COLUMN "providerId" DROP NOT NULL;

UPDATE "RentalListing" r SET "ownerId" = p."userId", "phone" = p."phone", "whatsapp" = p."whatsapp"
FROM "Provider" p WHERE p.id = r."providerId";
UPDATE "RentalListing" SET "expiresAt" = now() + interval '60 days';

ALTER TABLE "RentalListing" ALTER COLUMN "phone" SET NOT NULL, ALTER COLUMN "expiresAt" SET NOT NULL;
ALTER TABLE "RentalListing" ADD CONSTRAINT "RentalListing_money_check" CHECK ("rentPoisha" > 0 AND ("advancePoisha" IS NULL OR "advancePoisha" >= 0) AND ("rooms" IS NULL OR "rooms" >= 0));

-- CreateIndex
CREATE INDEX "RentalListing_ownerId_idx" ON "RentalListing"("ownerId");

-- CreateIndex
CREATE INDEX "RentalListing_expiresAt_idx" ON "RentalListing"("expiresAt");

-- CreateIndex
CREATE INDEX "RentalListing_searchVector_idx" ON "RentalListing" USING GIN ("searchVector");

-- AddForeignKey
ALTER TABLE "RentalListing" ADD CONSTRAINT "RentalListing_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
