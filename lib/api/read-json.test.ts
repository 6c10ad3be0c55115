import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { jsonDepthWithin, MAX_JSON_DEPTH, readJson } from "./handler";

const post = (body: string, headers: Record<string, string> = {}) =>
  new NextRequest("http://claimwork.test/api/v1/projects", { method: "POST", body, headers: { "content-type": "application/json", ...headers } });

async function refusal(request: NextRequest): Promise<AppError> {
  const error = await readJson(request).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("JSON bodies", () => {
  it("counts nesting without parsing, and ignores brackets inside strings", () => {
    expect(jsonDepthWithin(`${"[".repeat(64)}${"]".repeat(64)}`, 64)).toBe(true);
    expect(jsonDepthWithin(`${"[".repeat(65)}${"]".repeat(65)}`, 64)).toBe(false);
    expect(jsonDepthWithin(JSON.stringify({ a: "[[[[[[[[[[", b: '"{{{{{', c: "\\\\[[[[" }), 2)).toBe(true);
    expect(jsonDepthWithin('{"a":{"b":{"c":1}}}', 2)).toBe(false);
  });

  it("takes an object nested to the limit", async () => {
    let value: unknown = { name: "deep" };
    for (let i = 1; i < MAX_JSON_DEPTH; i++) value = { value };
    await expect(readJson(post(JSON.stringify(value)))).resolves.toHaveProperty("value");
  });

  it("answers 400 for JSON nested 100,000 deep, before parsing it", async () => {
    const error = await refusal(post(`${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/deeper than 64 levels/);
  });

  it("answers 413 for a body over the size limit, by its length or by what arrives", async () => {
    const tooLong = 20 * 1.5 * 1024 * 1024 + 1;
    expect((await refusal(post("{}", { "content-length": String(tooLong) }))).status).toBe(413);
    expect((await refusal(post(`{"text":"${"x".repeat(tooLong)}"}`))).status).toBe(413);
  });

  it("answers 400 for what is not a JSON object", async () => {
    for (const body of ["", "not json", "[1,2]", "null", '"text"', "{"]) {
      expect((await refusal(post(body))).status, body).toBe(400);
    }
  });
});
