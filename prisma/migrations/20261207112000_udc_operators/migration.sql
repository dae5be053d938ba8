-- Union Digital Centres (issue #19): an officer appoints an account as the operator of one UDC for
-- one union. The operator registers providers, donors and shops on behalf of a person, confirmed by
-- the SMS code sent to the phone of that person (a one-time code of its own purpose).

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'UDC_OPERATOR';

-- AlterEnum
ALTER TYPE "OtpPurpose" ADD VALUE 'UDC_CONSENT';

-- CreateEnum
CREATE TYPE "UdcKind" AS ENUM ('PROVIDER', 'DONOR', 'SHOP');

-- CreateEnum
CREATE TYPE "UdcRegistrationStatus" AS ENUM ('PENDING', 'CONFIRMED');

-- CreateTable
CREATE TABLE "UdcOperator" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "unionId" INTEGER NOT NULL,
    "centreName" TEXT NOT NULL,
    "appointedById" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "appointedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "endedById" TEXT,

    CONSTRAINT "UdcOperator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UdcRegistration" (
    "id" TEXT NOT NULL,
    "operatorId" TEXT NOT NULL,
    "kind" "UdcKind" NOT NULL,
    "status" "UdcRegistrationStatus" NOT NULL DEFAULT 'PENDING',
    "phone" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "draft" JSONB NOT NULL,
    "personId" TEXT,
    "providerId" TEXT,
    "shopId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "ownerSignedInAt" TIMESTAMP(3),

    CONSTRAINT "UdcRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UdcOperator_userId_active_idx" ON "UdcOperator"("userId", "active");

-- CreateIndex
CREATE INDEX "UdcOperator_unionId_idx" ON "UdcOperator"("unionId");

-- One active appointment per account (Prisma cannot express a partial unique index).
CREATE UNIQUE INDEX "UdcOperator_one_active_per_user" ON "UdcOperator"("userId") WHERE "active";

-- CreateIndex
CREATE INDEX "UdcRegistration_operatorId_status_idx" ON "UdcRegistration"("operatorId", "status");

-- CreateIndex
CREATE INDEX "UdcRegistration_personId_idx" ON "UdcRegistration"("personId");

-- CreateIndex
CREATE INDEX "UdcRegistration_providerId_idx" ON "UdcRegistration"("providerId");

-- CreateIndex
CREATE INDEX "UdcRegistration_shopId_idx" ON "UdcRegistration"("shopId");

-- CreateIndex
CREATE INDEX "UdcRegistration_phone_idx" ON "UdcRegistration"("phone");

-- AddForeignKey
ALTER TABLE "UdcOperator" ADD CONSTRAINT "UdcOperator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UdcOperator" ADD CONSTRAINT "UdcOperator_unionId_fkey" FOREIGN KEY ("unionId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UdcOperator" ADD CONSTRAINT "UdcOperator_appointedById_fkey" FOREIGN KEY ("appointedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UdcRegistration" ADD CONSTRAINT "UdcRegistration_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "UdcOperator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UdcRegistration" ADD CONSTRAINT "UdcRegistration_personId_fkey" FOREIGN KEY ("personId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UdcRegistration" ADD CONSTRAINT "UdcRegistration_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UdcRegistration" ADD CONSTRAINT "UdcRegistration_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE SET NULL ON UPDATE CASCADE;
