-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- AlterEnum
ALTER TYPE "PlanStatus" ADD VALUE 'UNKNOWN';

-- AlterTable
ALTER TABLE "FundingProgramme" ADD COLUMN     "sourceId" TEXT;

-- AlterTable
ALTER TABLE "Metropolis" ADD COLUMN     "contextSummary" TEXT,
ADD COLUMN     "rtesMembershipSourceId" TEXT,
ADD COLUMN     "rtesMembershipYear" INTEGER;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "roleSourceId" TEXT,
ADD COLUMN     "roleYear" INTEGER;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "needsVerification" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "publishedOnPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY';

-- AlterTable
ALTER TABLE "SupportStructure" ADD COLUMN     "sourceId" TEXT;

-- CreateIndex
CREATE INDEX "FundingProgramme_sourceId_idx" ON "FundingProgramme"("sourceId");

-- CreateIndex
CREATE INDEX "Metropolis_rtesMembershipSourceId_idx" ON "Metropolis"("rtesMembershipSourceId");

-- CreateIndex
CREATE INDEX "Person_roleSourceId_idx" ON "Person"("roleSourceId");

-- CreateIndex
CREATE INDEX "Source_needsVerification_idx" ON "Source"("needsVerification");

-- CreateIndex
CREATE INDEX "SupportStructure_sourceId_idx" ON "SupportStructure"("sourceId");

-- AddForeignKey
ALTER TABLE "Metropolis" ADD CONSTRAINT "Metropolis_rtesMembershipSourceId_fkey" FOREIGN KEY ("rtesMembershipSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingProgramme" ADD CONSTRAINT "FundingProgramme_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportStructure" ADD CONSTRAINT "SupportStructure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_roleSourceId_fkey" FOREIGN KEY ("roleSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
