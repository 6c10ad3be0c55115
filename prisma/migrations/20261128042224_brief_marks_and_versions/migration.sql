-- CreateEnum
CREATE TYPE "BriefVersionKind" AS ENUM ('CREATE', 'SAVE', 'RESTORE');

-- AlterTable
ALTER TABLE "Brief" ADD COLUMN     "dismissedMarks" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "BriefVersion" ADD COLUMN     "kind" "BriefVersionKind" NOT NULL DEFAULT 'SAVE',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
