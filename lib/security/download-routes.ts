/**
 * The page routes that answer a file, not a page. Their own
 * `Content-Security-Policy: sandbox` must reach the browser rather than the
 * pages' policy, so the proxy leaves them alone. A test checks that every
 * route.ts under app/(app) that downloads is listed.
 */
export const DOWNLOAD_ROUTE =
  /^\/projects\/[^/]+\/(?:activity\/export|themes\/export|exports\/[^/]+|sources\/[^/]+\/original|backup|reviews\/agreement\/export|settings\/docx-template|briefs\/[^/]+\/export)$/;
