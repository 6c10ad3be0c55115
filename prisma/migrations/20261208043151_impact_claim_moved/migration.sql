-- AlterEnum
ALTER TYPE "ImpactCode" ADD VALUE 'CLAIM_MOVED';
