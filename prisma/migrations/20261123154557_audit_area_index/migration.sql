-- CreateIndex
CREATE INDEX "AuditLog_areaId_createdAt_idx" ON "AuditLog"("areaId", "createdAt");
