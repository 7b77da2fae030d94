import { isIP } from "node:net";

/**
 * The accessibility statement's contact when FEEDBACK_EMAIL is unset: the DOS law asks for a way
 * to report problems, so the statement never goes without one. RFC 2142 names "webmaster" as the
 * mailbox for a web service at its own domain, so `webmaster@<the site's host>` is the address a
 * reader (and an operator reading the README) can expect to exist. An IPv4 host (a test server)
 * is written as an address literal; an IPv6 host gives none.
 */
export function defaultFeedbackEmail(origin: string): string | null {
  const host = new URL(origin).hostname;
  if (isIP(host) === 4) return `webmaster@[${host}]`;
  if (host.startsWith("[") || isIP(host) === 6) return null;
  return `webmaster@${host}`;
}
