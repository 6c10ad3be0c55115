-- CreateIndex
CREATE INDEX "Claim_paraphrase_trgm_idx" ON "Claim" USING GIN ("paraphrase" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_exact_trgm_idx" ON "Claim" USING GIN ("exact" gin_trgm_ops);
