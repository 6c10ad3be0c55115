-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Citation_searchVector_idx" ON "Citation" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Source_searchVector_idx" ON "Source" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Source_projectId_publishedOn_idx" ON "Source"("projectId", "publishedOn");

-- CreateIndex
CREATE INDEX "Source_projectId_reliability_idx" ON "Source"("projectId", "reliability");

-- Full-text search that ignores accents and case: English stemming after unaccent.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION claimwork (COPY = english);
ALTER TEXT SEARCH CONFIGURATION claimwork
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- The vectors are kept by triggers, so every way a row is written (import,
-- metadata edit, new version, restore) keeps search right.
CREATE FUNCTION claimwork_source_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('claimwork', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('claimwork', coalesce(array_to_string(NEW.authors, ' '), '') || ' ' || coalesce(NEW.publisher, '')), 'B') ||
    setweight(to_tsvector('claimwork', coalesce(NEW.body, '')), 'C');
  RETURN NEW;
END
$$;

CREATE TRIGGER "Source_searchVector"
  BEFORE INSERT OR UPDATE OF title, authors, publisher, body ON "Source"
  FOR EACH ROW EXECUTE FUNCTION claimwork_source_search_vector();

CREATE FUNCTION claimwork_citation_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := to_tsvector('claimwork', coalesce(NEW.text, ''));
  RETURN NEW;
END
$$;

CREATE TRIGGER "Citation_searchVector"
  BEFORE INSERT OR UPDATE OF text ON "Citation"
  FOR EACH ROW EXECUTE FUNCTION claimwork_citation_search_vector();
