-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "backMatter" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "SourceVersion" ADD COLUMN     "backMatter" TEXT NOT NULL DEFAULT '';
