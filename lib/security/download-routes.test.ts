import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOWNLOAD_ROUTE } from "./download-routes";

const appDir = path.resolve(import.meta.dirname, "../../app/(app)");

/** Every route.ts under app/(app), as the path it serves, with an example value for each [segment]. */
function pageRoutes(dir = appDir, at = ""): { url: string; source: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const segment = /^\[.+\]$/.test(entry.name) ? "cmexample0000000000000000" : entry.name;
      return pageRoutes(full, /^\(.+\)$/.test(entry.name) ? at : `${at}/${segment}`);
    }
    return entry.name === "route.ts" ? [{ url: at, source: readFileSync(full, "utf8") }] : [];
  });
}

describe("download routes", () => {
  it("lists every page route that answers a download, so that it keeps its sandbox policy", () => {
    const routes = pageRoutes();
    const downloads = routes.filter((r) => r.source.includes("lib/api/download"));
    expect(downloads.length).toBeGreaterThanOrEqual(6);
    for (const { url } of downloads) expect(DOWNLOAD_ROUTE.test(url), url).toBe(true);
    for (const { url } of routes.filter((r) => !downloads.includes(r))) expect(DOWNLOAD_ROUTE.test(url), url).toBe(false);
  });

  it("matches no page", () => {
    for (const page of ["/projects/p1", "/projects/p1/briefs/b1", "/projects/p1/sources/s1", "/projects/p1/themes", "/projects/p1/members", "/projects/p1/briefs/b1/export/x"]) {
      expect(DOWNLOAD_ROUTE.test(page), page).toBe(false);
    }
  });
});
