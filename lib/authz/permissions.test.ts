import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLES } from "./permissions";

describe("permissions", () => {
  it("match the role table in the README", () => {
    const readme = fs.readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");
    const table = readme.split("<!-- permissions:start -->")[1]?.split("<!-- permissions:end -->")[0] ?? "";
    const documented = Object.fromEntries(
      table
        .split("\n")
        .filter((line) => line.startsWith("| `"))
        .map((line) => {
          const cells = line.split("|").slice(1, -1).map((c) => c.trim());
          const action = cells[0]!.replaceAll("`", "");
          return [action, ROLES.filter((_, i) => cells[i + 1] === "✓")];
        }),
    );
    expect(documented).toEqual(Object.fromEntries(Object.entries(PERMISSIONS).map(([a, roles]) => [a, [...roles]])));
  });

  it("owners may do everything; viewers only read and comment", () => {
    for (const action of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      expect(can("OWNER", action)).toBe(true);
    }
    const viewerActions = (Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]).filter((a) => can("VIEWER", a));
    expect(viewerActions.sort()).toEqual(["activity.read", "comment.create", "member.read", "project.read"]);
  });
});
