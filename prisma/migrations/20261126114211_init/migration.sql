-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "PlanKind" AS ENUM ('PLAN', 'SCHEMA', 'ROADMAP', 'FRAMEWORK_RESOLUTION');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('PLANNED', 'IN_FORCE', 'ENDED', 'UNDER_EVALUATION');

-- CreateEnum
CREATE TYPE "FundingKind" AS ENUM ('CALL_FOR_PROJECTS', 'PRIZE', 'GRANT_SCHEME');

-- CreateEnum
CREATE TYPE "LegalForm" AS ENUM ('ASSOCIATION', 'SCOP', 'SCIC', 'COOPERATIVE', 'MUTUAL', 'FOUNDATION', 'ESUS_COMPANY', 'OTHER');

-- CreateEnum
CREATE TYPE "SupportStructureKind" AS ENUM ('ACCOMPANIMENT_NETWORK', 'INCUBATOR', 'COOPERATIVE', 'RESEARCH_CENTRE', 'ACTOR_NETWORK', 'OTHER');

-- CreateEnum
CREATE TYPE "FigureUnit" AS ENUM ('COUNT', 'EUR', 'PERCENT', 'INHABITANTS');

-- CreateEnum
CREATE TYPE "StudyStatus" AS ENUM ('FORTHCOMING', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('NATIONAL_NETWORK', 'NATIONAL_AGENCY', 'LOCAL_AUTHORITY', 'COMPANY', 'ASSOCIATION', 'UNIVERSITY', 'OTHER');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('ADMIN', 'EDITOR', 'CONTRIBUTOR');

-- CreateTable
CREATE TABLE "Metropolis" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "officialName" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "sirenCode" TEXT,
    "region" TEXT NOT NULL,
    "seatCity" TEXT NOT NULL,
    "creationYear" INTEGER,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "population" INTEGER,
    "communeCount" INTEGER,
    "identitySourceId" TEXT,
    "isRtesMember" BOOLEAN,
    "website" TEXT,
    "policySummary" TEXT,
    "essOfficialId" TEXT,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Metropolis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyPlan" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "metropolisId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "PlanKind" NOT NULL DEFAULT 'PLAN',
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER,
    "planStatus" "PlanStatus" NOT NULL,
    "summary" TEXT,
    "sourceId" TEXT,
    "predecessorId" TEXT,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "PolicyPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionLever" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "ActionLever_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingProgramme" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "metropolisId" TEXT NOT NULL,
    "policyPlanId" TEXT,
    "name" TEXT NOT NULL,
    "kind" "FundingKind" NOT NULL,
    "description" TEXT,
    "startYear" INTEGER,
    "endYear" INTEGER,
    "isRecurring" BOOLEAN NOT NULL DEFAULT false,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "FundingProgramme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundedProject" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "fundingProgrammeId" TEXT NOT NULL,
    "metropolisId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "carrierName" TEXT NOT NULL,
    "legalForm" "LegalForm" NOT NULL,
    "year" INTEGER NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "isInPriorityNeighbourhood" BOOLEAN,
    "description" TEXT,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "FundedProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publishedOn" DATE,
    "url" TEXT,
    "note" TEXT,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" TEXT NOT NULL,
    "indicator" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "value" DECIMAL(16,2) NOT NULL,
    "unit" "FigureUnit" NOT NULL,
    "isLowerBound" BOOLEAN NOT NULL DEFAULT false,
    "periodStartYear" INTEGER,
    "periodEndYear" INTEGER,
    "sourceId" TEXT NOT NULL,
    "metropolisId" TEXT,
    "policyPlanId" TEXT,
    "fundingProgrammeId" TEXT,
    "supportStructureId" TEXT,
    "programmeId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportStructure" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SupportStructureKind" NOT NULL,
    "description" TEXT,
    "website" TEXT,
    "memberCount" INTEGER,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "SupportStructure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportStructureMetropolis" (
    "supportStructureId" TEXT NOT NULL,
    "metropolisId" TEXT NOT NULL,
    "partnershipStartYear" INTEGER,

    CONSTRAINT "SupportStructureMetropolis_pkey" PRIMARY KEY ("supportStructureId","metropolisId")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "role" TEXT,
    "organisationId" TEXT,
    "metropolisId" TEXT,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkingGroupReport" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sequenceNumber" INTEGER NOT NULL,
    "meetingDate" DATE NOT NULL,
    "participantCount" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "firstPublishedOn" DATE NOT NULL,
    "lastUpdatedOn" DATE,
    "programmeId" TEXT,
    "publicationId" TEXT,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "WorkingGroupReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkingGroupParticipation" (
    "reportId" TEXT NOT NULL,
    "metropolisId" TEXT NOT NULL,

    CONSTRAINT "WorkingGroupParticipation_pkey" PRIMARY KEY ("reportId","metropolisId")
);

-- CreateTable
CREATE TABLE "FocusPresentation" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "metropolisId" TEXT NOT NULL,
    "speakerId" TEXT,
    "topic" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FocusPresentation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "startYear" INTEGER,
    "endYear" INTEGER,
    "axes" TEXT[],
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "studyStatus" "StudyStatus" NOT NULL,
    "expectedYear" INTEGER,
    "expectedMonth" INTEGER,
    "publishedOn" DATE,
    "url" TEXT,
    "programmeId" TEXT,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "kind" "OrganisationKind" NOT NULL,
    "website" TEXT,
    "description" TEXT,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsletterSubscription" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "lists" TEXT[],
    "consentAt" TIMESTAMP(3) NOT NULL,
    "confirmationTokenHash" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "unsubscribeTokenHash" TEXT NOT NULL,
    "unsubscribedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsletterSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "UserRole" NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "disabledAt" TIMESTAMP(3),
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "PublicationStatus" NOT NULL,
    "snapshot" JSONB NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT,
    "entityId" TEXT,
    "ipAddress" TEXT,
    "details" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ActionLeverToPolicyPlan" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ActionLeverToPolicyPlan_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_FundedProjectToTheme" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_FundedProjectToTheme_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ThemeToWorkingGroupReport" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ThemeToWorkingGroupReport_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_OrganisationToWorkingGroupReport" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_OrganisationToWorkingGroupReport_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_OrganisationToProgramme" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_OrganisationToProgramme_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_OrganisationToPublication" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_OrganisationToPublication_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Metropolis_slug_key" ON "Metropolis"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Metropolis_sirenCode_key" ON "Metropolis"("sirenCode");

-- CreateIndex
CREATE INDEX "Metropolis_status_deletedAt_idx" ON "Metropolis"("status", "deletedAt");

-- CreateIndex
CREATE INDEX "Metropolis_region_idx" ON "Metropolis"("region");

-- CreateIndex
CREATE INDEX "Metropolis_identitySourceId_idx" ON "Metropolis"("identitySourceId");

-- CreateIndex
CREATE INDEX "Metropolis_essOfficialId_idx" ON "Metropolis"("essOfficialId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyPlan_slug_key" ON "PolicyPlan"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyPlan_predecessorId_key" ON "PolicyPlan"("predecessorId");

-- CreateIndex
CREATE INDEX "PolicyPlan_metropolisId_idx" ON "PolicyPlan"("metropolisId");

-- CreateIndex
CREATE INDEX "PolicyPlan_sourceId_idx" ON "PolicyPlan"("sourceId");

-- CreateIndex
CREATE INDEX "PolicyPlan_status_deletedAt_idx" ON "PolicyPlan"("status", "deletedAt");

-- CreateIndex
CREATE INDEX "PolicyPlan_planStatus_idx" ON "PolicyPlan"("planStatus");

-- CreateIndex
CREATE UNIQUE INDEX "ActionLever_slug_key" ON "ActionLever"("slug");

-- CreateIndex
CREATE INDEX "ActionLever_status_deletedAt_idx" ON "ActionLever"("status", "deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "FundingProgramme_slug_key" ON "FundingProgramme"("slug");

-- CreateIndex
CREATE INDEX "FundingProgramme_metropolisId_idx" ON "FundingProgramme"("metropolisId");

-- CreateIndex
CREATE INDEX "FundingProgramme_policyPlanId_idx" ON "FundingProgramme"("policyPlanId");

-- CreateIndex
CREATE INDEX "FundingProgramme_status_deletedAt_idx" ON "FundingProgramme"("status", "deletedAt");

-- CreateIndex
CREATE INDEX "FundingProgramme_kind_idx" ON "FundingProgramme"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "FundedProject_slug_key" ON "FundedProject"("slug");

-- CreateIndex
CREATE INDEX "FundedProject_fundingProgrammeId_idx" ON "FundedProject"("fundingProgrammeId");

-- CreateIndex
CREATE INDEX "FundedProject_metropolisId_year_idx" ON "FundedProject"("metropolisId", "year");

-- CreateIndex
CREATE INDEX "FundedProject_year_idx" ON "FundedProject"("year");

-- CreateIndex
CREATE INDEX "FundedProject_legalForm_idx" ON "FundedProject"("legalForm");

-- CreateIndex
CREATE INDEX "FundedProject_isInPriorityNeighbourhood_idx" ON "FundedProject"("isInPriorityNeighbourhood");

-- CreateIndex
CREATE INDEX "FundedProject_status_deletedAt_idx" ON "FundedProject"("status", "deletedAt");

-- CreateIndex
CREATE INDEX "Source_status_deletedAt_idx" ON "Source"("status", "deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Source_publisher_title_key" ON "Source"("publisher", "title");

-- CreateIndex
CREATE INDEX "Figure_sourceId_idx" ON "Figure"("sourceId");

-- CreateIndex
CREATE INDEX "Figure_metropolisId_idx" ON "Figure"("metropolisId");

-- CreateIndex
CREATE INDEX "Figure_policyPlanId_idx" ON "Figure"("policyPlanId");

-- CreateIndex
CREATE INDEX "Figure_fundingProgrammeId_idx" ON "Figure"("fundingProgrammeId");

-- CreateIndex
CREATE INDEX "Figure_supportStructureId_idx" ON "Figure"("supportStructureId");

-- CreateIndex
CREATE INDEX "Figure_programmeId_idx" ON "Figure"("programmeId");

-- CreateIndex
CREATE INDEX "Figure_indicator_idx" ON "Figure"("indicator");

-- CreateIndex
CREATE INDEX "Figure_status_deletedAt_idx" ON "Figure"("status", "deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SupportStructure_slug_key" ON "SupportStructure"("slug");

-- CreateIndex
CREATE INDEX "SupportStructure_kind_idx" ON "SupportStructure"("kind");

-- CreateIndex
CREATE INDEX "SupportStructure_status_deletedAt_idx" ON "SupportStructure"("status", "deletedAt");

-- CreateIndex
CREATE INDEX "SupportStructureMetropolis_metropolisId_idx" ON "SupportStructureMetropolis"("metropolisId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");

-- CreateIndex
CREATE INDEX "Person_organisationId_idx" ON "Person"("organisationId");

-- CreateIndex
CREATE INDEX "Person_metropolisId_idx" ON "Person"("metropolisId");

-- CreateIndex
CREATE INDEX "Person_status_deletedAt_idx" ON "Person"("status", "deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "WorkingGroupReport_slug_key" ON "WorkingGroupReport"("slug");

-- CreateIndex
CREATE INDEX "WorkingGroupReport_programmeId_idx" ON "WorkingGroupReport"("programmeId");

-- CreateIndex
CREATE INDEX "WorkingGroupReport_publicationId_idx" ON "WorkingGroupReport"("publicationId");

-- CreateIndex
CREATE INDEX "WorkingGroupReport_meetingDate_idx" ON "WorkingGroupReport"("meetingDate");

-- CreateIndex
CREATE INDEX "WorkingGroupReport_status_deletedAt_firstPublishedOn_idx" ON "WorkingGroupReport"("status", "deletedAt", "firstPublishedOn");

-- CreateIndex
CREATE INDEX "WorkingGroupParticipation_metropolisId_idx" ON "WorkingGroupParticipation"("metropolisId");

-- CreateIndex
CREATE INDEX "FocusPresentation_metropolisId_idx" ON "FocusPresentation"("metropolisId");

-- CreateIndex
CREATE INDEX "FocusPresentation_speakerId_idx" ON "FocusPresentation"("speakerId");

-- CreateIndex
CREATE UNIQUE INDEX "FocusPresentation_reportId_metropolisId_key" ON "FocusPresentation"("reportId", "metropolisId");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_slug_key" ON "Programme"("slug");

-- CreateIndex
CREATE INDEX "Programme_status_deletedAt_idx" ON "Programme"("status", "deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_slug_key" ON "Publication"("slug");

-- CreateIndex
CREATE INDEX "Publication_programmeId_idx" ON "Publication"("programmeId");

-- CreateIndex
CREATE INDEX "Publication_status_deletedAt_idx" ON "Publication"("status", "deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_slug_key" ON "Theme"("slug");

-- CreateIndex
CREATE INDEX "Theme_status_deletedAt_idx" ON "Theme"("status", "deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE INDEX "Organisation_status_deletedAt_idx" ON "Organisation"("status", "deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterSubscription_email_key" ON "NewsletterSubscription"("email");

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterSubscription_confirmationTokenHash_key" ON "NewsletterSubscription"("confirmationTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "NewsletterSubscription_unsubscribeTokenHash_key" ON "NewsletterSubscription"("unsubscribeTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Revision_authorId_idx" ON "Revision"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_entityType_entityId_version_key" ON "Revision"("entityType", "entityId", "version");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_action_idx" ON "AuditEvent"("action");

-- CreateIndex
CREATE INDEX "AuditEvent_occurredAt_idx" ON "AuditEvent"("occurredAt");

-- CreateIndex
CREATE INDEX "_ActionLeverToPolicyPlan_B_index" ON "_ActionLeverToPolicyPlan"("B");

-- CreateIndex
CREATE INDEX "_FundedProjectToTheme_B_index" ON "_FundedProjectToTheme"("B");

-- CreateIndex
CREATE INDEX "_ThemeToWorkingGroupReport_B_index" ON "_ThemeToWorkingGroupReport"("B");

-- CreateIndex
CREATE INDEX "_OrganisationToWorkingGroupReport_B_index" ON "_OrganisationToWorkingGroupReport"("B");

-- CreateIndex
CREATE INDEX "_OrganisationToProgramme_B_index" ON "_OrganisationToProgramme"("B");

-- CreateIndex
CREATE INDEX "_OrganisationToPublication_B_index" ON "_OrganisationToPublication"("B");

-- AddForeignKey
ALTER TABLE "Metropolis" ADD CONSTRAINT "Metropolis_identitySourceId_fkey" FOREIGN KEY ("identitySourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Metropolis" ADD CONSTRAINT "Metropolis_essOfficialId_fkey" FOREIGN KEY ("essOfficialId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyPlan" ADD CONSTRAINT "PolicyPlan_metropolisId_fkey" FOREIGN KEY ("metropolisId") REFERENCES "Metropolis"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyPlan" ADD CONSTRAINT "PolicyPlan_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyPlan" ADD CONSTRAINT "PolicyPlan_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "PolicyPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingProgramme" ADD CONSTRAINT "FundingProgramme_metropolisId_fkey" FOREIGN KEY ("metropolisId") REFERENCES "Metropolis"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingProgramme" ADD CONSTRAINT "FundingProgramme_policyPlanId_fkey" FOREIGN KEY ("policyPlanId") REFERENCES "PolicyPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundedProject" ADD CONSTRAINT "FundedProject_fundingProgrammeId_fkey" FOREIGN KEY ("fundingProgrammeId") REFERENCES "FundingProgramme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundedProject" ADD CONSTRAINT "FundedProject_metropolisId_fkey" FOREIGN KEY ("metropolisId") REFERENCES "Metropolis"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_metropolisId_fkey" FOREIGN KEY ("metropolisId") REFERENCES "Metropolis"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_policyPlanId_fkey" FOREIGN KEY ("policyPlanId") REFERENCES "PolicyPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_fundingProgrammeId_fkey" FOREIGN KEY ("fundingProgrammeId") REFERENCES "FundingProgramme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_supportStructureId_fkey" FOREIGN KEY ("supportStructureId") REFERENCES "SupportStructure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportStructureMetropolis" ADD CONSTRAINT "SupportStructureMetropolis_supportStructureId_fkey" FOREIGN KEY ("supportStructureId") REFERENCES "SupportStructure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportStructureMetropolis" ADD CONSTRAINT "SupportStructureMetropolis_metropolisId_fkey" FOREIGN KEY ("metropolisId") REFERENCES "Metropolis"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_metropolisId_fkey" FOREIGN KEY ("metropolisId") REFERENCES "Metropolis"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroupReport" ADD CONSTRAINT "WorkingGroupReport_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroupReport" ADD CONSTRAINT "WorkingGroupReport_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroupParticipation" ADD CONSTRAINT "WorkingGroupParticipation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "WorkingGroupReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroupParticipation" ADD CONSTRAINT "WorkingGroupParticipation_metropolisId_fkey" FOREIGN KEY ("metropolisId") REFERENCES "Metropolis"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FocusPresentation" ADD CONSTRAINT "FocusPresentation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "WorkingGroupReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FocusPresentation" ADD CONSTRAINT "FocusPresentation_metropolisId_fkey" FOREIGN KEY ("metropolisId") REFERENCES "Metropolis"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FocusPresentation" ADD CONSTRAINT "FocusPresentation_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActionLeverToPolicyPlan" ADD CONSTRAINT "_ActionLeverToPolicyPlan_A_fkey" FOREIGN KEY ("A") REFERENCES "ActionLever"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActionLeverToPolicyPlan" ADD CONSTRAINT "_ActionLeverToPolicyPlan_B_fkey" FOREIGN KEY ("B") REFERENCES "PolicyPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FundedProjectToTheme" ADD CONSTRAINT "_FundedProjectToTheme_A_fkey" FOREIGN KEY ("A") REFERENCES "FundedProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FundedProjectToTheme" ADD CONSTRAINT "_FundedProjectToTheme_B_fkey" FOREIGN KEY ("B") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ThemeToWorkingGroupReport" ADD CONSTRAINT "_ThemeToWorkingGroupReport_A_fkey" FOREIGN KEY ("A") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ThemeToWorkingGroupReport" ADD CONSTRAINT "_ThemeToWorkingGroupReport_B_fkey" FOREIGN KEY ("B") REFERENCES "WorkingGroupReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OrganisationToWorkingGroupReport" ADD CONSTRAINT "_OrganisationToWorkingGroupReport_A_fkey" FOREIGN KEY ("A") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OrganisationToWorkingGroupReport" ADD CONSTRAINT "_OrganisationToWorkingGroupReport_B_fkey" FOREIGN KEY ("B") REFERENCES "WorkingGroupReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OrganisationToProgramme" ADD CONSTRAINT "_OrganisationToProgramme_A_fkey" FOREIGN KEY ("A") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OrganisationToProgramme" ADD CONSTRAINT "_OrganisationToProgramme_B_fkey" FOREIGN KEY ("B") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OrganisationToPublication" ADD CONSTRAINT "_OrganisationToPublication_A_fkey" FOREIGN KEY ("A") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OrganisationToPublication" ADD CONSTRAINT "_OrganisationToPublication_B_fkey" FOREIGN KEY ("B") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;
