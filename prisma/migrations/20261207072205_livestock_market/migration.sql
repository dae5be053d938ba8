-- The cattle market (issue 17): seasons, their official haats, livestock listings and their photos.
-- "searchVector" is GENERATED ALWAYS (edited by hand as for providers and rentals: Prisma writes it as a DEFAULT).

-- CreateEnum
CREATE TYPE "LivestockAnimal" AS ENUM ('COW', 'BULL', 'GOAT', 'BUFFALO', 'SHEEP', 'CAMEL');

-- CreateEnum
CREATE TYPE "LivestockTeeth" AS ENUM ('MILK', 'TWO', 'FOUR', 'SIX', 'EIGHT');

-- CreateEnum
CREATE TYPE "LivestockSale" AS ENUM ('AVAILABLE', 'RESERVED', 'SOLD');

-- AlterEnum
ALTER TYPE "MediaPurpose" ADD VALUE 'LIVESTOCK_PHOTO';

-- AlterEnum
ALTER TYPE "SearchEntity" ADD VALUE 'LIVESTOCK';

-- AlterEnum
ALTER TYPE "SubjectType" ADD VALUE 'LIVESTOCK';

-- CreateTable
CREATE TABLE "LivestockSeason" (
    "id" TEXT NOT NULL,
    "nameBn" TEXT NOT NULL,
    "nameEn" TEXT,
    "areaId" INTEGER NOT NULL,
    "startsOn" TIMESTAMP(3) NOT NULL,
    "endsOn" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LivestockSeason_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LivestockHaat" (
    "id" TEXT NOT NULL,
    "seasonId" TEXT NOT NULL,
    "nameBn" TEXT NOT NULL,
    "nameEn" TEXT,
    "areaId" INTEGER NOT NULL,
    "place" TEXT NOT NULL,
    "opensOn" TIMESTAMP(3) NOT NULL,
    "closesOn" TIMESTAMP(3) NOT NULL,
    "weekdays" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "opensAt" INTEGER NOT NULL DEFAULT 480,
    "closesAt" INTEGER NOT NULL DEFAULT 1080,
    "leaseOffice" TEXT,
    "leasePhone" TEXT,
    "vetBooth" BOOLEAN NOT NULL DEFAULT false,
    "vetNote" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LivestockHaat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LivestockListing" (
    "id" TEXT NOT NULL,
    "sellerId" TEXT NOT NULL,
    "animal" "LivestockAnimal" NOT NULL,
    "breed" TEXT NOT NULL,
    "colour" TEXT,
    "teeth" "LivestockTeeth",
    "weightKg" INTEGER NOT NULL,
    "weightEstimated" BOOLEAN NOT NULL DEFAULT true,
    "pricePoisha" INTEGER NOT NULL,
    "perKgPoisha" INTEGER NOT NULL,
    "negotiable" BOOLEAN NOT NULL DEFAULT true,
    "description" TEXT,
    "areaId" INTEGER NOT NULL,
    "seeAt" TEXT,
    "seasonId" TEXT,
    "haatId" TEXT,
    "haatOn" TIMESTAMP(3),
    "phone" TEXT NOT NULL,
    "whatsapp" TEXT,
    "sale" "LivestockSale" NOT NULL DEFAULT 'AVAILABLE',
    "soldAt" TIMESTAMP(3),
    "status" "ListingStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusReason" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "expiredAt" TIMESTAMP(3),
    "callTaps" INTEGER NOT NULL DEFAULT 0,
    "whatsappTaps" INTEGER NOT NULL DEFAULT 0,
    "searchText" TEXT NOT NULL DEFAULT '',
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "searchText")) STORED,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LivestockListing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LivestockPhoto" (
    "id" TEXT NOT NULL,
    "listingId" TEXT NOT NULL,
    "mediaId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LivestockPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LivestockSeason_areaId_endsOn_idx" ON "LivestockSeason"("areaId", "endsOn");

-- CreateIndex
CREATE INDEX "LivestockHaat_seasonId_opensOn_idx" ON "LivestockHaat"("seasonId", "opensOn");

-- CreateIndex
CREATE INDEX "LivestockHaat_areaId_idx" ON "LivestockHaat"("areaId");

-- CreateIndex
CREATE INDEX "LivestockListing_status_sale_animal_idx" ON "LivestockListing"("status", "sale", "animal");

-- CreateIndex
CREATE INDEX "LivestockListing_areaId_idx" ON "LivestockListing"("areaId");

-- CreateIndex
CREATE INDEX "LivestockListing_sellerId_createdAt_idx" ON "LivestockListing"("sellerId", "createdAt");

-- CreateIndex
CREATE INDEX "LivestockListing_haatId_idx" ON "LivestockListing"("haatId");

-- CreateIndex
CREATE INDEX "LivestockListing_expiresAt_idx" ON "LivestockListing"("expiresAt");

-- CreateIndex
CREATE INDEX "LivestockListing_searchVector_idx" ON "LivestockListing" USING GIN ("searchVector");

-- CreateIndex
CREATE UNIQUE INDEX "LivestockPhoto_mediaId_key" ON "LivestockPhoto"("mediaId");

-- CreateIndex
CREATE INDEX "LivestockPhoto_listingId_idx" ON "LivestockPhoto"("listingId");

-- AddForeignKey
ALTER TABLE "LivestockSeason" ADD CONSTRAINT "LivestockSeason_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivestockSeason" ADD CONSTRAINT "LivestockSeason_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivestockHaat" ADD CONSTRAINT "LivestockHaat_seasonId_fkey" FOREIGN KEY ("seasonId") REFERENCES "LivestockSeason"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivestockHaat" ADD CONSTRAINT "LivestockHaat_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivestockHaat" ADD CONSTRAINT "LivestockHaat_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivestockListing" ADD CONSTRAINT "LivestockListing_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivestockListing" ADD CONSTRAINT "LivestockListing_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivestockListing" ADD CONSTRAINT "LivestockListing_seasonId_fkey" FOREIGN KEY ("seasonId") REFERENCES "LivestockSeason"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivestockListing" ADD CONSTRAINT "LivestockListing_haatId_fkey" FOREIGN KEY ("haatId") REFERENCES "LivestockHaat"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivestockPhoto" ADD CONSTRAINT "LivestockPhoto_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "LivestockListing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivestockPhoto" ADD CONSTRAINT "LivestockPhoto_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "Media"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The rules the forms check, kept by the database too (weight 5 to 2,000 kg, price 1,000 to 50,00,000 taka in poisha, days in order)
ALTER TABLE "LivestockListing" ADD CONSTRAINT "LivestockListing_ranges_check" CHECK ("weightKg" BETWEEN 5 AND 2000 AND "pricePoisha" BETWEEN 100000 AND 500000000 AND "perKgPoisha" >= 0 AND "callTaps" >= 0 AND "whatsappTaps" >= 0);
ALTER TABLE "LivestockSeason" ADD CONSTRAINT "LivestockSeason_days_check" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "LivestockHaat" ADD CONSTRAINT "LivestockHaat_days_check" CHECK ("closesOn" >= "opensOn" AND "opensAt" BETWEEN 0 AND 1440 AND "closesAt" BETWEEN 0 AND 1440);
