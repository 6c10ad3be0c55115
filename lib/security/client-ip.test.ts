import { describe, expect, it } from "vitest";
import { clientIp, CONNECTION_IP_HEADER } from "./client-ip";

describe("clientIp", () => {
  const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9", [CONNECTION_IP_HEADER]: "192.0.2.1" });

  it("is the connection's address, whatever X-Forwarded-For says, without a trusted proxy", () => {
    expect(clientIp(headers, false)).toBe("192.0.2.1");
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6" }), false)).toBeNull();
  });

  it("behind a trusted proxy, is the entry that proxy appended, not one the client wrote", () => {
    expect(clientIp(headers, true)).toBe("203.0.113.9");
    expect(clientIp(new Headers({ [CONNECTION_IP_HEADER]: "192.0.2.1" }), true)).toBe("192.0.2.1");
  });
});
