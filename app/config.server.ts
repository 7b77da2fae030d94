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

/** Who publishes the site (name and optional https address), or null: then the site says it is independent. */
function publisher(name: string | undefined, url: string | undefined): { name: string; url: string | null } | null {
  const trimmed = name?.trim();
  if (!trimmed) return null;
  if (trimmed.length > 120 || /[<>\u0000-\u001f]/.test(trimmed)) {
    console.error(JSON.stringify({ level: "warn", event: "config", message: "SITE_PUBLISHER_NAME ignored: too long or has control characters" }));
    return null;
  }
  let href: string | null = null;
  if (url) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === "https:" || parsed.protocol === "http:") href = parsed.toString();
    } catch {
      // not a URL: the name stands without a link
    }
    if (!href) console.error(JSON.stringify({ level: "warn", event: "config", message: "SITE_PUBLISHER_URL ignored: not an http(s) URL" }));
  }
  return { name: trimmed, url: href };
}

/**
 * The approvals file of the directory source (README "The directory source"), or null. The old
 * DIRECTORY_REVIEWED_NUMBERS approved a number for every service and no other field; it is no
 * longer read (a change it approved is held again, the safe side), and said so at start.
 */
function approvalsPath(value: string | undefined, oldNumbers: string | undefined): string | null {
  if (oldNumbers?.trim()) {
    console.error(
      JSON.stringify({
        level: "warn",
        event: "config",
        message: "DIRECTORY_REVIEWED_NUMBERS is no longer read: approve changes with `npm run directory -- approve` (DIRECTORY_APPROVALS)",
      }),
    );
  }
  const path = value?.trim();
  return path ? path : null;
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
  /** Who publishes the site (footer, about page, JSON-LD publisher, printed material). */
  publisher: publisher(process.env.SITE_PUBLISHER_NAME, process.env.SITE_PUBLISHER_URL),
  /** The file of approved changes from the directory source (DIRECTORY_APPROVALS), or null. */
  directoryApprovals: approvalsPath(process.env.DIRECTORY_APPROVALS, process.env.DIRECTORY_REVIEWED_NUMBERS),
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
