-- AlterTable
ALTER TABLE "ActionLever" ADD COLUMN     "lastVerifiedOn" DATE;

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "lastVerifiedOn" DATE;

-- AlterTable
ALTER TABLE "FundedProject" ADD COLUMN     "lastVerifiedOn" DATE;

-- AlterTable
ALTER TABLE "FundingProgramme" ADD COLUMN     "lastVerifiedOn" DATE;

-- AlterTable
ALTER TABLE "GlossaryTerm" ADD COLUMN     "lastVerifiedOn" DATE;

-- AlterTable
ALTER TABLE "Metropolis" ADD COLUMN     "lastVerifiedOn" DATE;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "lastVerifiedOn" DATE;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "lastVerifiedOn" DATE;

-- AlterTable
ALTER TABLE "PolicyPlan" ADD COLUMN     "lastVerifiedOn" DATE;

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "lastVerifiedOn" DATE;

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "lastVerifiedOn" DATE;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "lastVerifiedOn" DATE;

-- AlterTable
ALTER TABLE "SupportStructure" ADD COLUMN     "lastVerifiedOn" DATE;

-- AlterTable
ALTER TABLE "Theme" ADD COLUMN     "lastVerifiedOn" DATE;

-- AlterTable
ALTER TABLE "WorkingGroupReport" ADD COLUMN     "lastVerifiedOn" DATE;
