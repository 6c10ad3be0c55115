import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { etag, parseIfMatch } from "@/lib/revisions/revision";

/** The revision a PATCH or DELETE is based on, from `If-Match`; none means "whatever is current". */
export const revisionHeader = (request: NextRequest): number | undefined => parseIfMatch(request.headers.get("if-match"));

/** A JSON answer carrying the object's revision as its ETag, for the next If-Match. */
export const tagged = (body: unknown, revision: number, status = 200): Response =>
  NextResponse.json(body, { status, headers: { ETag: etag(revision) } });
