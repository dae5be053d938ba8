-- CreateEnum
CREATE TYPE "ProgrammeStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED', 'COMPLETED');

-- CreateEnum
CREATE TYPE "ProgrammeMode" AS ENUM ('IN_PERSON', 'ONLINE');

-- CreateEnum
CREATE TYPE "TraineeSource" AS ENUM ('INVITED', 'APPLIED');

-- CreateEnum
CREATE TYPE "TraineeStatus" AS ENUM ('APPLIED', 'INVITED', 'WAITLISTED', 'ACCEPTED', 'DECLINED', 'REJECTED', 'EXPIRED', 'WITHDRAWN', 'COMPLETED');

-- AlterEnum
ALTER TYPE "MediaPurpose" ADD VALUE 'TRAINING_PHOTO';

-- CreateTable
CREATE TABLE "TrainingProgramme" (
    "id" TEXT NOT NULL,
    "titleBn" TEXT NOT NULL,
    "titleEn" TEXT,
    "office" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "areaId" INTEGER NOT NULL,
    "seats" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "mode" "ProgrammeMode" NOT NULL DEFAULT 'IN_PERSON',
    "venue" TEXT,
    "onlineLink" TEXT,
    "languages" TEXT[] DEFAULT ARRAY['bn']::TEXT[],
    "costPoisha" INTEGER NOT NULL DEFAULT 0,
    "allowancePoisha" INTEGER NOT NULL DEFAULT 0,
    "eligibility" TEXT,
    "requiredSex" "Sex",
    "minExperienceYears" INTEGER,
    "photoId" TEXT,
    "status" "ProgrammeStatus" NOT NULL DEFAULT 'DRAFT',
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainingProgramme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingProgrammeCategory" (
    "programmeId" TEXT NOT NULL,
    "categoryId" INTEGER NOT NULL,

    CONSTRAINT "TrainingProgrammeCategory_pkey" PRIMARY KEY ("programmeId","categoryId")
);

-- CreateTable
CREATE TABLE "TrainingProgrammeArea" (
    "programmeId" TEXT NOT NULL,
    "areaId" INTEGER NOT NULL,

    CONSTRAINT "TrainingProgrammeArea_pkey" PRIMARY KEY ("programmeId","areaId")
);

-- CreateTable
CREATE TABLE "TrainingSession" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "topic" TEXT,

    CONSTRAINT "TrainingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Trainee" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "source" "TraineeSource" NOT NULL,
    "status" "TraineeStatus" NOT NULL,
    "waitlistedAt" TIMESTAMP(3),
    "invitedAt" TIMESTAMP(3),
    "inviteTokenHash" TEXT,
    "inviteExpiresAt" TIMESTAMP(3),
    "respondedAt" TIMESTAMP(3),
    "reminderSentAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "certificateCode" TEXT,
    "hideOnProfile" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Trainee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingAttendance" (
    "traineeId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "present" BOOLEAN NOT NULL,
    "markedById" TEXT,
    "markedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingAttendance_pkey" PRIMARY KEY ("traineeId","sessionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "TrainingProgramme_photoId_key" ON "TrainingProgramme"("photoId");

-- CreateIndex
CREATE INDEX "TrainingProgramme_status_startsAt_idx" ON "TrainingProgramme"("status", "startsAt");

-- CreateIndex
CREATE INDEX "TrainingProgramme_areaId_idx" ON "TrainingProgramme"("areaId");

-- CreateIndex
CREATE INDEX "TrainingProgrammeCategory_categoryId_idx" ON "TrainingProgrammeCategory"("categoryId");

-- CreateIndex
CREATE INDEX "TrainingProgrammeArea_areaId_idx" ON "TrainingProgrammeArea"("areaId");

-- CreateIndex
CREATE INDEX "TrainingSession_programmeId_startsAt_idx" ON "TrainingSession"("programmeId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Trainee_inviteTokenHash_key" ON "Trainee"("inviteTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Trainee_certificateCode_key" ON "Trainee"("certificateCode");

-- CreateIndex
CREATE INDEX "Trainee_providerId_idx" ON "Trainee"("providerId");

-- CreateIndex
CREATE INDEX "Trainee_programmeId_status_idx" ON "Trainee"("programmeId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Trainee_programmeId_providerId_key" ON "Trainee"("programmeId", "providerId");

-- CreateIndex
CREATE INDEX "TrainingAttendance_sessionId_idx" ON "TrainingAttendance"("sessionId");

-- AddForeignKey
ALTER TABLE "TrainingProgramme" ADD CONSTRAINT "TrainingProgramme_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingProgramme" ADD CONSTRAINT "TrainingProgramme_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingProgramme" ADD CONSTRAINT "TrainingProgramme_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingProgrammeCategory" ADD CONSTRAINT "TrainingProgrammeCategory_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "TrainingProgramme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingProgrammeCategory" ADD CONSTRAINT "TrainingProgrammeCategory_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingProgrammeArea" ADD CONSTRAINT "TrainingProgrammeArea_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "TrainingProgramme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingProgrammeArea" ADD CONSTRAINT "TrainingProgrammeArea_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "TrainingProgramme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trainee" ADD CONSTRAINT "Trainee_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "TrainingProgramme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trainee" ADD CONSTRAINT "Trainee_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_traineeId_fkey" FOREIGN KEY ("traineeId") REFERENCES "Trainee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A programme has at least one seat (the form refuses fewer, and so does the database)
ALTER TABLE "TrainingProgramme" ADD CONSTRAINT "TrainingProgramme_seats_check" CHECK ("seats" >= 1);
