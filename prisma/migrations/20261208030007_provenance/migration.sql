-- CreateEnum
CREATE TYPE "ClaimRelationKind" AS ENUM ('CORROBORATES', 'CONTRADICTS', 'DUPLICATES');

-- CreateEnum
CREATE TYPE "ImpactCode" AS ENUM ('SOURCE_RETRACTED', 'SOURCE_DOWNGRADED', 'CLAIM_DISPUTED', 'CLAIM_ORPHANED');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "credibilityOverriddenById" TEXT,
ADD COLUMN     "credibilityRationale" TEXT;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "blindReview" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "credibility" INTEGER;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractedById" TEXT,
ADD COLUMN     "retractionNote" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ClaimRelation" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "kind" "ClaimRelationKind" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpactWarning" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "code" "ImpactCode" NOT NULL,
    "causeSourceId" TEXT,
    "causeClaimId" TEXT,
    "claimId" TEXT,
    "briefId" TEXT,
    "message" TEXT NOT NULL,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" TEXT,
    "acknowledgement" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ImpactWarning_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimRelation_toId_idx" ON "ClaimRelation"("toId");

-- CreateIndex
CREATE INDEX "ClaimRelation_projectId_idx" ON "ClaimRelation"("projectId");

-- CreateIndex
CREATE INDEX "ClaimRelation_createdById_idx" ON "ClaimRelation"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimRelation_fromId_toId_key" ON "ClaimRelation"("fromId", "toId");

-- CreateIndex
CREATE INDEX "ImpactWarning_projectId_createdAt_idx" ON "ImpactWarning"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "ImpactWarning_claimId_acknowledgedAt_idx" ON "ImpactWarning"("claimId", "acknowledgedAt");

-- CreateIndex
CREATE INDEX "ImpactWarning_briefId_acknowledgedAt_idx" ON "ImpactWarning"("briefId", "acknowledgedAt");

-- CreateIndex
CREATE INDEX "ImpactWarning_causeSourceId_idx" ON "ImpactWarning"("causeSourceId");

-- CreateIndex
CREATE INDEX "ImpactWarning_causeClaimId_idx" ON "ImpactWarning"("causeClaimId");

-- CreateIndex
CREATE INDEX "ImpactWarning_actorId_idx" ON "ImpactWarning"("actorId");

-- CreateIndex
CREATE INDEX "ImpactWarning_acknowledgedById_idx" ON "ImpactWarning"("acknowledgedById");

-- CreateIndex
CREATE INDEX "Claim_credibilityOverriddenById_idx" ON "Claim"("credibilityOverriddenById");

-- CreateIndex
CREATE INDEX "Source_retractedById_idx" ON "Source"("retractedById");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_retractedById_fkey" FOREIGN KEY ("retractedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_credibilityOverriddenById_fkey" FOREIGN KEY ("credibilityOverriddenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRelation" ADD CONSTRAINT "ClaimRelation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRelation" ADD CONSTRAINT "ClaimRelation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRelation" ADD CONSTRAINT "ClaimRelation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRelation" ADD CONSTRAINT "ClaimRelation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactWarning" ADD CONSTRAINT "ImpactWarning_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactWarning" ADD CONSTRAINT "ImpactWarning_causeSourceId_fkey" FOREIGN KEY ("causeSourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactWarning" ADD CONSTRAINT "ImpactWarning_causeClaimId_fkey" FOREIGN KEY ("causeClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactWarning" ADD CONSTRAINT "ImpactWarning_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactWarning" ADD CONSTRAINT "ImpactWarning_briefId_fkey" FOREIGN KEY ("briefId") REFERENCES "Brief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactWarning" ADD CONSTRAINT "ImpactWarning_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactWarning" ADD CONSTRAINT "ImpactWarning_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Trigram similarity, for suggesting claims that may corroborate, contradict or duplicate one another.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Rules the schema language cannot say.
ALTER TABLE "ClaimRelation" ADD CONSTRAINT "ClaimRelation_not_self" CHECK ("fromId" <> "toId");
ALTER TABLE "ImpactWarning" ADD CONSTRAINT "ImpactWarning_one_subject" CHECK (num_nonnulls("claimId", "briefId") = 1);
ALTER TABLE "ImpactWarning" ADD CONSTRAINT "ImpactWarning_one_cause" CHECK (num_nonnulls("causeSourceId", "causeClaimId") = 1);
ALTER TABLE "Review" ADD CONSTRAINT "Review_credibility_range" CHECK ("credibility" BETWEEN 1 AND 6);
