-- The seller's "new animal" form carries a one-time key: a double submit finds the listing the first
-- submit made (issue 17, nothing made twice).

-- AlterTable
ALTER TABLE "LivestockListing" ADD COLUMN "formKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "LivestockListing_sellerId_formKey_key" ON "LivestockListing"("sellerId", "formKey");
