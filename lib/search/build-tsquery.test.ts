import { describe, expect, it } from "vitest";
import { buildTsQuery } from "./build-tsquery";

describe("buildTsQuery", () => {
  it("ANDs words", () => {
    expect(buildTsQuery("Japan airport grant")).toBe("'Japan' & 'airport' & 'grant'");
  });
  it("keeps quoted phrases together", () => {
    expect(buildTsQuery('"quality infrastructure" Laos')).toBe("('quality' <-> 'infrastructure') & 'Laos'");
  });
  it("matches prefixes with a trailing star", () => {
    expect(buildTsQuery("infrastruct*")).toBe("'infrastruct':*");
  });
  it("supports OR and exclusion", () => {
    expect(buildTsQuery("railway OR airport -China")).toBe("('railway' | 'airport') & !'China'");
  });
  it("treats punctuation as a word break, so hyphenated words stay a phrase", () => {
    expect(buildTsQuery("Boten–Vientiane")).toBe("('Boten' <-> 'Vientiane')");
  });
  it("cannot be broken by tsquery syntax or quotes", () => {
    expect(buildTsQuery("a' | b:* & (c")).toBe("('a' | 'b':*) & 'c'");
    expect(buildTsQuery("'); DROP TABLE \"Source\"; --")).toBe("'DROP' & 'TABLE' & 'Source'");
  });
  it("returns null when nothing searchable is left", () => {
    expect(buildTsQuery("  ")).toBeNull();
    expect(buildTsQuery("*** ---")).toBeNull();
    expect(buildTsQuery("-China")).toBeNull();
  });
  it("keeps accented letters for the database to fold", () => {
    expect(buildTsQuery("Xiêng Khouang")).toBe("'Xiêng' & 'Khouang'");
  });
});
