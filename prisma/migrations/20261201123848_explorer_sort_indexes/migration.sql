-- DropIndex
DROP INDEX "FundedProject_year_idx";

-- CreateIndex
CREATE INDEX "FundedProject_year_id_idx" ON "FundedProject"("year", "id");

-- CreateIndex
CREATE INDEX "FundedProject_amountCents_id_idx" ON "FundedProject"("amountCents", "id");

-- CreateIndex
CREATE INDEX "FundedProject_title_id_idx" ON "FundedProject"("title", "id");
