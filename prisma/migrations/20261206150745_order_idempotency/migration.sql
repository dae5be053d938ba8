-- CreateEnum
CREATE TYPE "PaymentFlag" AS ENUM ('AMOUNT_MISMATCH');

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "paymentFlag" "PaymentFlag";

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "currency" TEXT;

-- CreateIndex
CREATE INDEX "Order_paymentFlag_idx" ON "Order"("paymentFlag");

-- CreateIndex
CREATE UNIQUE INDEX "Order_shopId_idempotencyKey_key" ON "Order"("shopId", "idempotencyKey");
