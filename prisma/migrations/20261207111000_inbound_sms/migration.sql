-- Search by SMS (issue 19): every inbound SMS the gateway posts is kept once by its gateway message
-- id (the replay guard and the audit log), and a donor may keep her number out of SMS answers.

-- AlterTable
ALTER TABLE "Provider" ADD COLUMN "donorSmsShared" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "InboundSms" (
    "id" TEXT NOT NULL,
    "gatewayId" TEXT NOT NULL,
    "sender" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "command" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "query" TEXT,
    "page" INTEGER NOT NULL DEFAULT 0,
    "replyId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InboundSms_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InboundSms_gatewayId_key" ON "InboundSms"("gatewayId");

-- CreateIndex
CREATE INDEX "InboundSms_sender_createdAt_idx" ON "InboundSms"("sender", "createdAt");
