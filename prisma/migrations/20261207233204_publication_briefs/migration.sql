-- CreateEnum
CREATE TYPE "NotePlacement" AS ENUM ('FOOTNOTES', 'ENDNOTES');

-- AlterTable
ALTER TABLE "Brief" ADD COLUMN     "marking" TEXT,
ADD COLUMN     "notePlacement" "NotePlacement" NOT NULL DEFAULT 'FOOTNOTES';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "marking" TEXT;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "citationStyle" TEXT NOT NULL DEFAULT 'house',
ADD COLUMN     "marking" TEXT;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "csl" JSONB,
ADD COLUMN     "marking" TEXT,
ADD COLUMN     "referenceOnly" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "DocxTemplate" (
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "file" BYTEA NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocxTemplate_pkey" PRIMARY KEY ("projectId")
);

-- CreateIndex
CREATE INDEX "DocxTemplate_uploadedById_idx" ON "DocxTemplate"("uploadedById");

-- AddForeignKey
ALTER TABLE "DocxTemplate" ADD CONSTRAINT "DocxTemplate_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocxTemplate" ADD CONSTRAINT "DocxTemplate_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
