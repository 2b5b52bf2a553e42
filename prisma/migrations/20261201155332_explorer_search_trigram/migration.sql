-- CreateIndex
CREATE INDEX "FundedProject_searchText_idx" ON "FundedProject" USING GIN ("searchText" gin_trgm_ops);
