-- CreateEnum
CREATE TYPE "ReviewPolicy" AS ENUM ('FEWEST_OPEN', 'ROUND_ROBIN', 'SHARED_QUEUE');

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "reviewPolicy" "ReviewPolicy" NOT NULL DEFAULT 'FEWEST_OPEN';
