-- Blood donors register themselves: date of birth (18 to 60) and a pause of their listing.
ALTER TABLE "Provider" ADD COLUMN "birthDate" TIMESTAMP(3),
ADD COLUMN "donorPausedAt" TIMESTAMP(3);
