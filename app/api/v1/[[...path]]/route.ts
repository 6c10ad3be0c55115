import { NextResponse } from "next/server";

const unknownEndpoint = () =>
  NextResponse.json({ error: { code: "not_found", message: "No such API endpoint." } }, { status: 404 });

export { unknownEndpoint as GET, unknownEndpoint as POST, unknownEndpoint as PATCH, unknownEndpoint as PUT, unknownEndpoint as DELETE };
