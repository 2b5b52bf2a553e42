-- AlterTable
ALTER TABLE "SignInThrottle" ADD COLUMN     "lastFailureAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "SignInThrottle_updatedAt_idx" ON "SignInThrottle"("updatedAt");
