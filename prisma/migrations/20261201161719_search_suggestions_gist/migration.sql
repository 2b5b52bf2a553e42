-- DropIndex
DROP INDEX "SearchDocument_foldedTitle_idx";

-- CreateIndex
CREATE INDEX "SearchDocument_foldedTitle_idx" ON "SearchDocument" USING GIST ("foldedTitle" gist_trgm_ops);
