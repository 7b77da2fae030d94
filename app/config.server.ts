/**
 * Configuration from the environment, read once. See README "Configuration".
 */
const DEFAULT_QUICK_EXIT_URL = "https://www.google.com/search?q=v%C3%A4der";

function quickExitUrl(value: string | undefined): string {
  if (!value) return DEFAULT_QUICK_EXIT_URL;
  try {
    const url = new URL(value);
    if (url.protocol === "https:" || url.protocol === "http:") return url.toString();
  } catch {
    // fall through to the default
  }
  console.error(JSON.stringify({ level: "warn", event: "config", message: "QUICK_EXIT_URL ignored: not an http(s) URL" }));
  return DEFAULT_QUICK_EXIT_URL;
}

/** The public address, without a trailing slash; used where a page names its own absolute URL. */
function siteUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol === "https:" || url.protocol === "http:") return url.origin;
  } catch {
    // fall through
  }
  console.error(JSON.stringify({ level: "warn", event: "config", message: "SITE_URL ignored: not an http(s) URL" }));
  return null;
}

/** An e-mail address for feedback on accessibility, or null when none is configured. */
function feedbackEmail(value: string | undefined): string | null {
  if (!value) return null;
  if (/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value) && value.length <= 254) return value;
  console.error(JSON.stringify({ level: "warn", event: "config", message: "FEEDBACK_EMAIL ignored: not an e-mail address" }));
  return null;
}

export const serverConfig = Object.freeze({
  /** Public origin for absolute links (JSON-LD); without it the request's own origin is used. */
  siteUrl: siteUrl(process.env.SITE_URL),
  /** Where "Leave this page quickly" goes: a neutral page whose address says nothing about us. */
  quickExitUrl: quickExitUrl(process.env.QUICK_EXIT_URL),
  /** Served over HTTPS (directly or behind a proxy): adds HSTS and upgrade-insecure-requests. */
  https: process.env.HTTPS === "true",
  /** Where the accessibility statement sends feedback (the DOS law asks for a route). */
  feedbackEmail: feedbackEmail(process.env.FEEDBACK_EMAIL),
  /**
   * Rendering the static mirror (`npm run export` sets STATIC_MIRROR=true): nothing on a page may
   * need the server, so the GET forms give way to the links and lists they fall back to.
   */
  staticMirror: process.env.STATIC_MIRROR === "true",
});

/** The site's public origin: SITE_URL when set, otherwise the origin this request came to. */
export function publicOrigin(request: Request): string {
  return serverConfig.siteUrl ?? new URL(request.url).origin;
}
