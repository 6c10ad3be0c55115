// The parse worker's entry (read-pool.ts): reads one document with readDocument, off the server's main thread.
// Plain JavaScript, loaded by Node from disk outside the app's bundles; it loads the TypeScript readers with tsx.
import { tsImport } from "tsx/esm/api";

const { readDocument } = await tsImport("./read-document.ts", import.meta.url);

export default readDocument;
