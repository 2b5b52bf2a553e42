-- AlterTable
ALTER TABLE "FundedProject" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- The folded title and carrier the explorer searches with LIKE (no extension
-- needed): letters mapped as FOLD_FROM/FOLD_TO in lib/projects/search-text.ts
-- (capitals included, so that the result does not depend on the locale),
-- spaces (no-break ones included) collapsed. Kept by a trigger, so that every
-- write path (editing engine, CSV import, seed) stays in step.
CREATE FUNCTION "FundedProject_fold"(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT btrim(regexp_replace(translate(value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝŸýÿŒÆ’', 'abcdefghijklmnopqrstuvwxyzaaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooouuuuuuuuyyyyœæ'''), '[[:space:]   ]+', ' ', 'g'), ' ')
$$;

CREATE FUNCTION "FundedProject_set_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := "FundedProject_fold"(NEW."title") || E'\n' || "FundedProject_fold"(NEW."carrierName");
  RETURN NEW;
END
$$;

CREATE TRIGGER "FundedProject_search_text"
  BEFORE INSERT OR UPDATE OF "title", "carrierName", "searchText" ON "FundedProject"
  FOR EACH ROW EXECUTE FUNCTION "FundedProject_set_search_text"();

UPDATE "FundedProject" SET "searchText" = "FundedProject_fold"("title") || E'\n' || "FundedProject_fold"("carrierName");
