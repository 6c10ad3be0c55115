-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;
