import Bowser from "bowser";

/** "Chrome 156 on Linux" from a User-Agent, or what can be said without one. */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return "Unknown device";
  const { browser, os, platform } = Bowser.parse(userAgent);
  const name = browser.name ? `${browser.name}${browser.version ? ` ${browser.version.split(".")[0]}` : ""}` : null;
  const system = os.name ? `${os.name}${os.versionName ? ` ${os.versionName}` : ""}` : null;
  if (!name && !system) return userAgent.slice(0, 60);
  const kind = platform.type && platform.type !== "desktop" ? ` (${platform.type})` : "";
  return `${name ?? "A browser"}${system ? ` on ${system}` : ""}${kind}`;
}
