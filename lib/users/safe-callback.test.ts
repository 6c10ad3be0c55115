import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackUrl("/projects/abc/members?x=1")).toBe("/projects/abc/members?x=1");
  });
  it("refuses other origins and odd values", () => {
    for (const value of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null, 42]) {
      expect(safeCallbackUrl(value)).toBe("/");
    }
  });
});
