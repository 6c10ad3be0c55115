import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { parseInput, storable } from "./validation";

describe("storable", () => {
  it("drops NUL and turns half a surrogate pair into U+FFFD, however deep", () => {
    expect(storable({ a: ["x\u0000y", { b: "\ud800z\udfff" }] })).toEqual({ a: ["xy", { b: "\ufffdz\ufffd" }] });
  });

  it("keeps whole characters outside the Basic Multilingual Plane and other controls", () => {
    expect(storable("\u{1F4A3} \u0007 \u202e")).toBe("\u{1F4A3} \u0007 \u202e");
  });

  it("keeps a __proto__ key an own key, never a prototype", () => {
    const input = JSON.parse('{"name":"x","__proto__":{"role":"OWNER"}}') as Record<string, unknown>;
    const cleaned = storable(input);
    expect(Object.getPrototypeOf(cleaned)).toBe(Object.prototype);
    expect((cleaned as { role?: string }).role).toBeUndefined();
    expect(Object.keys(cleaned)).toEqual(["name", "__proto__"]);
  });

  it("leaves files, bytes and dates as they are", () => {
    const bytes = new Uint8Array([0, 1]);
    const date = new Date(0);
    expect(storable({ bytes, date })).toEqual({ bytes, date });
    expect(storable({ bytes }).bytes).toBe(bytes);
  });
});

describe("parseInput", () => {
  it("validates the cleaned input, so an all-NUL name is refused as empty", () => {
    const schema = z.object({ name: z.string().trim().min(1, "Give it a name.") });
    expect(parseInput(schema, { name: "a\u0000b" })).toEqual({ name: "ab" });
    const error = (() => {
      try {
        parseInput(schema, { name: "\u0000" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual({ name: ["Give it a name."] });
  });
});
