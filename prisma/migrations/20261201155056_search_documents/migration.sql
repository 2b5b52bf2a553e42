-- Full-text search (docs/decisions/017). Both extensions are contrib modules:
-- PostgreSQL ships them, and the embedded database loads them in PGlite.create
-- (scripts/db/embedded.ts) before this runs.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- French stemming on accent-free words: "economie" and "économie", "metropoles"
-- and "Métropole", "cooperatives" and "coopérative" share their lexemes.
CREATE TEXT SEARCH CONFIGURATION fr_unaccent (COPY = french);
ALTER TEXT SEARCH CONFIGURATION fr_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

-- CreateTable
CREATE TABLE "SearchDocument" (
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "metropolisId" TEXT,
    "requiresMetropolis" BOOLEAN NOT NULL DEFAULT false,
    "fundingProgrammeId" TEXT,
    "foldedTitle" TEXT NOT NULL DEFAULT '',
    "searchVector" tsvector,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("entityType","entityId")
);

-- CreateIndex
CREATE INDEX "SearchDocument_searchVector_idx" ON "SearchDocument" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "SearchDocument_foldedTitle_idx" ON "SearchDocument" USING GIN ("foldedTitle" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "SearchDocument_metropolisId_idx" ON "SearchDocument"("metropolisId");

-- One row per published, not trashed entry; every write path (editing engine,
-- CSV import, seed, SQL by hand) goes through these triggers. Whether the
-- entry's métropole and funding programme are online is checked when searching,
-- so that unpublishing a métropole needs no rewrite of its 100 000 projects.
CREATE FUNCTION "SearchDocument_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kind text := TG_ARGV[0];
  doc_title text;
  doc_summary text := '';
  doc_body text := '';
  doc_metropolis text;
  doc_requires boolean := false;
  doc_programme text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "SearchDocument" WHERE "entityType" = kind AND "entityId" = OLD."id";
    RETURN OLD;
  END IF;
  IF NEW."status" <> 'PUBLISHED' OR NEW."deletedAt" IS NOT NULL THEN
    DELETE FROM "SearchDocument" WHERE "entityType" = kind AND "entityId" = NEW."id";
    RETURN NEW;
  END IF;
  CASE kind
    WHEN 'Metropolis' THEN
      doc_title := NEW."officialName";
      doc_summary := coalesce(NEW."policySummary", '');
      doc_body := concat_ws(' ', NEW."shortName", NEW."seatCity", NEW."region", NEW."contextSummary");
      doc_metropolis := NEW."id";
    WHEN 'PolicyPlan' THEN
      doc_title := NEW."title";
      doc_summary := coalesce(NEW."summary", '');
      doc_metropolis := NEW."metropolisId";
      doc_requires := true;
    WHEN 'FundingProgramme' THEN
      doc_title := NEW."name";
      doc_summary := coalesce(NEW."description", '');
      doc_metropolis := NEW."metropolisId";
      doc_requires := true;
    WHEN 'FundedProject' THEN
      doc_title := NEW."title";
      doc_summary := NEW."carrierName";
      doc_body := coalesce(NEW."description", '');
      doc_metropolis := NEW."metropolisId";
      doc_requires := true;
      doc_programme := NEW."fundingProgrammeId";
    WHEN 'SupportStructure' THEN
      doc_title := NEW."name";
      doc_summary := coalesce(NEW."description", '');
    WHEN 'Person' THEN
      doc_title := NEW."fullName";
      doc_summary := coalesce(NEW."role", '');
      doc_metropolis := NEW."metropolisId";
    WHEN 'WorkingGroupReport' THEN
      doc_title := NEW."title";
      doc_summary := NEW."summary";
      doc_body := NEW."body";
    WHEN 'Publication' THEN
      doc_title := NEW."title";
      doc_summary := coalesce(NEW."summary", '');
    WHEN 'GlossaryTerm' THEN
      doc_title := NEW."term";
      doc_summary := NEW."expansion";
      doc_body := NEW."definition";
  END CASE;
  INSERT INTO "SearchDocument" ("entityType", "entityId", "slug", "title", "summary", "body", "metropolisId", "requiresMetropolis", "fundingProgrammeId", "foldedTitle", "searchVector", "updatedAt")
  VALUES (
    kind, NEW."id", NEW."slug", doc_title, doc_summary, doc_body, doc_metropolis, doc_requires, doc_programme,
    "FundedProject_fold"(doc_title),
    setweight(to_tsvector('fr_unaccent', doc_title), 'A') || setweight(to_tsvector('fr_unaccent', doc_summary), 'B') || setweight(to_tsvector('fr_unaccent', doc_body), 'C'),
    CURRENT_TIMESTAMP
  )
  ON CONFLICT ("entityType", "entityId") DO UPDATE SET
    "slug" = EXCLUDED."slug", "title" = EXCLUDED."title", "summary" = EXCLUDED."summary", "body" = EXCLUDED."body",
    "metropolisId" = EXCLUDED."metropolisId", "requiresMetropolis" = EXCLUDED."requiresMetropolis",
    "fundingProgrammeId" = EXCLUDED."fundingProgrammeId", "foldedTitle" = EXCLUDED."foldedTitle",
    "searchVector" = EXCLUDED."searchVector", "updatedAt" = EXCLUDED."updatedAt";
  RETURN NEW;
END
$$;

CREATE TRIGGER "Metropolis_search_document" AFTER INSERT OR UPDATE OR DELETE ON "Metropolis" FOR EACH ROW EXECUTE FUNCTION "SearchDocument_sync"('Metropolis');
CREATE TRIGGER "PolicyPlan_search_document" AFTER INSERT OR UPDATE OR DELETE ON "PolicyPlan" FOR EACH ROW EXECUTE FUNCTION "SearchDocument_sync"('PolicyPlan');
CREATE TRIGGER "FundingProgramme_search_document" AFTER INSERT OR UPDATE OR DELETE ON "FundingProgramme" FOR EACH ROW EXECUTE FUNCTION "SearchDocument_sync"('FundingProgramme');
CREATE TRIGGER "FundedProject_search_document" AFTER INSERT OR UPDATE OR DELETE ON "FundedProject" FOR EACH ROW EXECUTE FUNCTION "SearchDocument_sync"('FundedProject');
CREATE TRIGGER "SupportStructure_search_document" AFTER INSERT OR UPDATE OR DELETE ON "SupportStructure" FOR EACH ROW EXECUTE FUNCTION "SearchDocument_sync"('SupportStructure');
CREATE TRIGGER "Person_search_document" AFTER INSERT OR UPDATE OR DELETE ON "Person" FOR EACH ROW EXECUTE FUNCTION "SearchDocument_sync"('Person');
CREATE TRIGGER "WorkingGroupReport_search_document" AFTER INSERT OR UPDATE OR DELETE ON "WorkingGroupReport" FOR EACH ROW EXECUTE FUNCTION "SearchDocument_sync"('WorkingGroupReport');
CREATE TRIGGER "Publication_search_document" AFTER INSERT OR UPDATE OR DELETE ON "Publication" FOR EACH ROW EXECUTE FUNCTION "SearchDocument_sync"('Publication');
CREATE TRIGGER "GlossaryTerm_search_document" AFTER INSERT OR UPDATE OR DELETE ON "GlossaryTerm" FOR EACH ROW EXECUTE FUNCTION "SearchDocument_sync"('GlossaryTerm');

-- Existing rows: a no-op update fires the triggers once.
UPDATE "Metropolis" SET "id" = "id" WHERE "status" = 'PUBLISHED' AND "deletedAt" IS NULL;
UPDATE "PolicyPlan" SET "id" = "id" WHERE "status" = 'PUBLISHED' AND "deletedAt" IS NULL;
UPDATE "FundingProgramme" SET "id" = "id" WHERE "status" = 'PUBLISHED' AND "deletedAt" IS NULL;
UPDATE "FundedProject" SET "id" = "id" WHERE "status" = 'PUBLISHED' AND "deletedAt" IS NULL;
UPDATE "SupportStructure" SET "id" = "id" WHERE "status" = 'PUBLISHED' AND "deletedAt" IS NULL;
UPDATE "Person" SET "id" = "id" WHERE "status" = 'PUBLISHED' AND "deletedAt" IS NULL;
UPDATE "WorkingGroupReport" SET "id" = "id" WHERE "status" = 'PUBLISHED' AND "deletedAt" IS NULL;
UPDATE "Publication" SET "id" = "id" WHERE "status" = 'PUBLISHED' AND "deletedAt" IS NULL;
UPDATE "GlossaryTerm" SET "id" = "id" WHERE "status" = 'PUBLISHED' AND "deletedAt" IS NULL;
