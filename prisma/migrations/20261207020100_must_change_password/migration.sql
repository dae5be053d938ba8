-- An account whose password someone else chose (an officer appointed with a temporary password)
-- must choose its own on first sign-in. Changing or resetting the password clears the flag.
ALTER TABLE "User" ADD COLUMN "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;
