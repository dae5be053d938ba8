-- CreateEnum
CREATE TYPE "ContactVia" AS ENUM ('CALL', 'WHATSAPP');

-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "verificationExpiresAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ContactTap" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "via" "ContactVia" NOT NULL,
    "firstAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactTap_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ContactTap_userId_providerId_key" ON "ContactTap"("userId", "providerId");

-- CreateIndex
CREATE INDEX "ContactTap_providerId_idx" ON "ContactTap"("providerId");

-- AddForeignKey
ALTER TABLE "ContactTap" ADD CONSTRAINT "ContactTap_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactTap" ADD CONSTRAINT "ContactTap_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Shops verified before badges expired: their badge runs the default 12 months from its date.
UPDATE "Shop" SET "verificationExpiresAt" = "verifiedAt" + interval '12 months' WHERE "verification" = 'VERIFIED' AND "verifiedAt" IS NOT NULL AND "verificationExpiresAt" IS NULL;
