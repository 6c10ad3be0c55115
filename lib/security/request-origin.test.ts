import { describe, expect, it } from "vitest";
import { requestOrigin } from "./request-origin";

describe("requestOrigin", () => {
  it("takes the browser's Origin, then the Host", () => {
    expect(requestOrigin(new Headers({ origin: "https://claimwork.example.org", host: "10.0.0.5:3000" }), false)).toBe("https://claimwork.example.org");
    expect(requestOrigin(new Headers({ host: "localhost:3000" }), false)).toBe("http://localhost:3000");
    expect(requestOrigin(new Headers({ origin: "null", host: "localhost:3000" }), false)).toBe("http://localhost:3000");
  });

  it("believes X-Forwarded-Host and -Proto only behind a trusted proxy", () => {
    const forged = new Headers({ host: "localhost:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(requestOrigin(forged, false)).toBe("http://localhost:3000");
    expect(requestOrigin(forged, true)).toBe("https://evil.example");
  });

  it("never fails on a Host that is not one", () => {
    expect(requestOrigin(new Headers({ host: "a b/c" }), false)).toBe("http://localhost");
  });
});
