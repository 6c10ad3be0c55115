import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths, with their query and fragment", () => {
    expect(safeCallbackUrl("/projects/abc/members?x=1")).toBe("/projects/abc/members?x=1");
    expect(safeCallbackUrl("/projects/abc/claims#claim-1")).toBe("/projects/abc/claims#claim-1");
    expect(safeCallbackUrl("/sources?q=%C3%A9t%C3%A9", "http://127.0.0.1:3000")).toBe("/sources?q=%C3%A9t%C3%A9");
  });

  it("refuses other origins, schemes and values that are not paths", () => {
    for (const value of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "evil.example", "", null, 42, {}]) {
      expect(safeCallbackUrl(value), String(value)).toBe("/");
    }
  });

  it("refuses what a browser would turn into another origin: escaped or raw tabs, newlines and slashes", () => {
    for (const value of ["/%09/evil.example", "/\t/evil.example", "/%0a/evil.example", "/\n/evil.example", "/%2F/evil.example", "/%5C/evil.example", "/ /evil.example", "/%20/evil.example"]) {
      expect(safeCallbackUrl(value), JSON.stringify(value)).toBe("/");
    }
  });

  it("refuses a newline anywhere and escapes that do not decode, without throwing", () => {
    expect(safeCallbackUrl("/projects%0d%0aSet-Cookie:x=1")).toBe("/");
    expect(safeCallbackUrl("/%ff%fe")).toBe("/");
    expect(safeCallbackUrl(`/${"a".repeat(5000)}`)).toBe("/");
  });
});
