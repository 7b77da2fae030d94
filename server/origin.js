// @ts-check
/**
 * The origin a request came to, as the pages see it (QR codes, JSON-LD, robots.txt and sitemap.xml
 * use it when SITE_URL is not set). Only the Host header counts, unless TRUST_PROXY says that the
 * peer is a proxy of ours: then its X-Forwarded-Host and X-Forwarded-Proto do. `Forwarded` (RFC 7239)
 * is never read. A header nobody trusted never reaches the app (remix-handler.js leaves it out).
 */

/** @typedef {import("express").Request} Request */

/**
 * TRUST_PROXY as Express's "trust proxy" setting: unset/"false" → false (the default: no header of a
 * proxy is believed); "true" → every peer; a number → that many hops; otherwise a comma-separated
 * list of addresses, subnets or Express's names (loopback, linklocal, uniquelocal).
 * @param {string | undefined} value
 * @returns {boolean | number | string}
 */
export function trustProxySetting(value) {
  const text = (value ?? "").trim();
  if (text === "" || text === "false" || text === "0") return false;
  if (text === "true") return true;
  if (/^\d+$/.test(text)) return Number(text);
  return text;
}

/** Names of request headers only a trusted proxy may send. */
export const PROXY_HEADERS = new Set(["x-forwarded-host", "x-forwarded-proto", "x-forwarded-for", "x-forwarded-port", "x-forwarded-prefix", "x-forwarded-server", "x-real-ip", "forwarded"]);

/**
 * Whether this request's peer is a proxy TRUST_PROXY names.
 * @param {Request} req
 */
export function fromTrustedProxy(req) {
  /** @type {(address: string | undefined, hop: number) => boolean} */
  const trust = req.app.get("trust proxy fn");
  return Boolean(trust?.(req.socket.remoteAddress, 0));
}

/** @param {string | string[] | undefined} value */
function first(value) {
  const text = Array.isArray(value) ? value[0] : value;
  return text?.split(",")[0]?.trim() || undefined;
}

/**
 * "http://host[:port]" for this request. Host values were checked by rejectMalformed.
 * @param {Request} req
 */
export function requestOrigin(req) {
  const encrypted = "encrypted" in req.socket && Boolean(req.socket.encrypted);
  if (fromTrustedProxy(req)) {
    const proto = first(req.headers["x-forwarded-proto"])?.toLowerCase();
    const host = first(req.headers["x-forwarded-host"]) ?? req.headers.host;
    return `${proto === "https" || proto === "http" ? proto : encrypted ? "https" : "http"}://${host}`;
  }
  return `${encrypted ? "https" : "http"}://${req.headers.host}`;
}

const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
/** @type {Map<string, boolean>} */
const checked = new Map();

/**
 * A Host (or X-Forwarded-Host) value we can build a URL from: a host name, an IPv4 address or a
 * bracketed IPv6 address, with an optional port up to 65535. "1.2.3.4.5", "[:::]", "[1.2.3.4]" and
 * "x:70000" are not (the URL parser refuses them, which used to end in a 500).
 * @param {string | undefined} host
 */
export function isValidHost(host) {
  if (!host || host.length > 260) return false;
  const known = checked.get(host);
  if (known !== undefined) return known;
  let valid = HOST.test(host);
  if (valid) {
    try {
      const url = new URL(`http://${host}/`);
      const port = host.match(/:(\d+)$/)?.[1];
      valid = url.pathname === "/" && (port === undefined || Number(port) <= 65_535);
    } catch {
      valid = false;
    }
  }
  if (checked.size >= 1000) checked.clear(); // a bounded memo: hostile values cannot grow it
  checked.set(host, valid);
  return valid;
}

/**
 * A host name or peer address of this machine: localhost, 127.0.0.0/8 or ::1 (with or without a
 * port, brackets or the IPv4-mapped prefix).
 * @param {string | undefined} value  a Host value ("127.0.0.1:3000", "[::1]") or a socket's remoteAddress
 */
export function isLoopbackHost(value) {
  if (!value) return false;
  const name = value.replace(/^\[(.*)\](:\d+)?$/, "$1").replace(/^([^:]+):\d+$/, "$1").toLowerCase();
  return name === "localhost" || name === "::1" || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}
