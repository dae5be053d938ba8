-- Training invitations (#16): a provider who is not signed in answers her invitation with a
-- one-time SMS code of its own purpose (the same limits and lockout as every other code).

-- AlterEnum
ALTER TYPE "OtpPurpose" ADD VALUE 'TRAINING_INVITE';
