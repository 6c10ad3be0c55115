import { describe, expect, it } from "vitest";
import { claimsUrls } from "./claims-urls";

const query = { theme: "t1", status: "DRAFT", q: "Wattay airport", sort: "", page: "3", tag: ["a", "b"], author: undefined };
const urls = claimsUrls("p1", query);
const params = (href: string) => [...new URLSearchParams(href.slice(href.indexOf("?") + 1))];

describe("claimsUrls", () => {
  it("moves to another page, keeping every filter and the sort", () => {
    expect(params(urls.page(4))).toEqual([
      ["theme", "t1"],
      ["status", "DRAFT"],
      ["q", "Wattay airport"],
      ["sort", ""],
      ["page", "4"],
    ]);
    expect(claimsUrls("p1", {}).page(2)).toBe("?page=2");
  });

  it("switches status from the first page, or clears it", () => {
    expect(params(urls.status("VERIFIED"))).toEqual([
      ["theme", "t1"],
      ["status", "VERIFIED"],
      ["q", "Wattay airport"],
      ["sort", ""],
    ]);
    expect(params(urls.status(null))).toEqual([
      ["theme", "t1"],
      ["q", "Wattay airport"],
      ["sort", ""],
    ]);
    expect(claimsUrls("p1", { status: "DRAFT", page: "2" }).status(null)).toBe("?");
  });

  it("exports under the same filters, without pages or empty fields", () => {
    expect(urls.export("claims.csv")).toBe("/projects/p1/exports/claims.csv?theme=t1&status=DRAFT&q=Wattay+airport");
    expect(claimsUrls("p1", { page: "2", q: "" }).export("claims.jsonld")).toBe("/projects/p1/exports/claims.jsonld");
  });

  it("escapes what a filter holds", () => {
    expect(claimsUrls("p1", { q: "a&b=c #1" }).export("claims.csv")).toBe("/projects/p1/exports/claims.csv?q=a%26b%3Dc+%231");
  });
});
