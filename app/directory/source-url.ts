/**
 * The one check of the directory source's address (DIRECTORY_SOURCE_URL): the environment module
 * refuses a bad one at start, the store and `npm run directory` check it again before each read.
 */
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Why the source's address may not be used, or null: https, or http for this machine only. */
export function sourceUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "DIRECTORY_SOURCE_URL is not a URL";
  }
  if (url.username || url.password) return "DIRECTORY_SOURCE_URL must not carry credentials";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname)) return null;
  return "DIRECTORY_SOURCE_URL must be https (plain http only for localhost)";
}
