-- Sellers' side of the cattle market (issue 17). The "new animal" form carries a one-time key: a
-- double submit finds the listing the first submit made. remindedFor is the expiry date the worker
-- last texted the seller about (one reminder per period).

-- AlterTable
ALTER TABLE "LivestockListing" ADD COLUMN "formKey" TEXT,
ADD COLUMN "remindedFor" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "LivestockListing_sellerId_formKey_key" ON "LivestockListing"("sellerId", "formKey");
