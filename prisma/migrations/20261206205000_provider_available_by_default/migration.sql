-- A new profile starts available: her hours and the "busy" switch say more later.
ALTER TABLE "Provider" ALTER COLUMN "availableNow" SET DEFAULT true;
