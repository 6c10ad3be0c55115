-- AlterTable
ALTER TABLE "Source" ALTER COLUMN "reliability" DROP NOT NULL,
ALTER COLUMN "reliability" DROP DEFAULT;
