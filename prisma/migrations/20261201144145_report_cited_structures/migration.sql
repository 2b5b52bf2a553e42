-- CreateTable
CREATE TABLE "_WorkingGroupReportCitedStructures" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_WorkingGroupReportCitedStructures_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_WorkingGroupReportCitedStructures_B_index" ON "_WorkingGroupReportCitedStructures"("B");

-- AddForeignKey
ALTER TABLE "_WorkingGroupReportCitedStructures" ADD CONSTRAINT "_WorkingGroupReportCitedStructures_A_fkey" FOREIGN KEY ("A") REFERENCES "SupportStructure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_WorkingGroupReportCitedStructures" ADD CONSTRAINT "_WorkingGroupReportCitedStructures_B_fkey" FOREIGN KEY ("B") REFERENCES "WorkingGroupReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
