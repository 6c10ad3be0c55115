import { describe, expect, it } from "vitest";
import { claimOrigins, corroborationGroup, describeGroup, normaliseDate, normaliseUrl, type ClaimForOrigins } from "./origins";

const source = (id: string, fields: Partial<ClaimForOrigins["source"]> = {}): ClaimForOrigins["source"] => ({
  id,
  title: `Source ${id}`,
  url: null,
  publisher: null,
  publishedOn: null,
  ...fields,
});
const note = (id: string, fields: Partial<ClaimForOrigins["citations"][number]>) => ({ id, label: id, url: null, title: null, publisher: null, issued: null, text: "", ...fields });

const kpl = { url: "https://kpl.gov.la/En/Detail.aspx?id=88001&utm_source=x", title: "Laos, Japan elevate ties", publisher: "Lao News Agency", issued: "23 January 2025" };

describe("normaliseUrl", () => {
  it("keeps what names the document and drops the rest", () => {
    expect(normaliseUrl("https://www.Example.org/a/b/?utm_campaign=z&b=2&a=1#top")).toBe("example.org/a/b?a=1&b=2");
    expect(normaliseUrl("http://example.org/a/b")).toBe("example.org/a/b");
    expect(normaliseUrl("https://example.org/")).toBe("example.org");
    expect(normaliseUrl("mailto:someone@example.org")).toBeNull();
    expect(normaliseUrl("not a url")).toBeNull();
  });
});

describe("normaliseDate", () => {
  it("reads the common ways of writing a day", () => {
    expect(normaliseDate("23 January 2025")).toBe("2025-01-23");
    expect(normaliseDate("January 23, 2025")).toBe("2025-01-23");
    expect(normaliseDate("2025-01-23")).toBe("2025-01-23");
    expect(normaliseDate("2024")).toBe("2024");
    expect(normaliseDate(new Date("2025-01-23T00:00:00Z"))).toBe("2025-01-23");
  });
});

describe("claimOrigins", () => {
  it("resolves each footnote to the report it names", () => {
    const origins = claimOrigins({ id: "c1", source: source("s1"), citations: [note("3", kpl)] });
    expect(origins).toEqual([
      {
        key: "url:kpl.gov.la/En/Detail.aspx?id=88001",
        label: "Lao News Agency, 23 January 2025",
        via: [
          { kind: "source", id: "s1", label: "Source s1" },
          { kind: "footnote", id: "3", label: "n. 3" },
        ],
      },
    ]);
  });

  it("makes a claim that relies on no footnote rest on its source", () => {
    const [origin] = claimOrigins({ id: "c1", source: source("s1", { publisher: "The Diplomat", title: "Japan’s quiet bet on Laos", publishedOn: new Date("2025-02-04") }), citations: [] });
    expect(origin?.key).toBe("work|the diplomat|japan s quiet bet on laos|2025-02-04");
    expect(origin?.label).toBe("The Diplomat, 4 February 2025");
  });

  it("tells reports apart by publisher, title and date when they have no URL", () => {
    const a = claimOrigins({ id: "c", source: source("s"), citations: [note("1", { title: "White Paper on Development Cooperation 2023", publisher: "MOFA", issued: "2024" })] });
    const b = claimOrigins({ id: "d", source: source("t"), citations: [note("7", { title: "White paper on development cooperation 2023.", publisher: "mofa", issued: "2024" })] });
    expect(a[0]?.key).toBe(b[0]?.key);
  });
});

describe("corroborationGroup", () => {
  it("counts two reports of one original once", () => {
    const vientianeTimes = { id: "c1", source: source("s1", { publisher: "Vientiane Times" }), citations: [note("2", kpl)] };
    const nikkei = { id: "c2", source: source("s2", { publisher: "Nikkei Asia" }), citations: [note("5", { ...kpl, url: "http://kpl.gov.la/En/Detail.aspx?id=88001" })] };
    const group = corroborationGroup(vientianeTimes, [nikkei]);
    expect(group.reports).toBe(2);
    expect(group.origins).toHaveLength(1);
    expect(describeGroup(group)).toBe("2 reports, 1 origin: Lao News Agency, 23 January 2025");
  });

  it("counts an independent report as a second origin", () => {
    const first = { id: "c1", source: source("s1"), citations: [note("2", kpl)] };
    const second = { id: "c2", source: source("s2", { url: "https://www.mofa.go.jp/press/release/2025/01/0123.html", publisher: "MOFA Japan" }), citations: [] };
    expect(describeGroup(corroborationGroup(first, [second]))).toBe("2 reports, 2 origins");
  });
});
