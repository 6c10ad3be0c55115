import { createHash } from "node:crypto";

/** SHA-256 of the normalised body: the same text imported twice has the same hash. */
export const contentHash = (body: string) => createHash("sha256").update(body, "utf8").digest("hex");
