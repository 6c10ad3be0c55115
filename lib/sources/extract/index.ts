export { extractFile } from "./extract-file";
export { ExtractionError } from "./extraction-error";
export type { ExtractOptions, Extracted, FileMetadata, Format, UploadedFile } from "./types";
