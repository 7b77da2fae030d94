// @ts-check
/**
 * Security headers for every response: pages, assets, redirects and errors. Plain JavaScript
 * because the Node server (server.js) applies it before Remix runs; the app imports it too.
 */

/**
 * @typedef {object} SecurityOptions
 * @property {boolean} [https] served over HTTPS: adds HSTS and upgrade-insecure-requests
 */

/**
 * The Content-Security-Policy. Only our own origin; no inline script at all (no page hydrates, so
 * none needs a nonce); nothing may frame us.
 * @param {SecurityOptions} [options]
 */
export function contentSecurityPolicy(options = {}) {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * @param {SecurityOptions} [options]
 * @returns {Record<string, string>}
 */
export function securityHeaders(options = {}) {
  /** @type {Record<string, string>} */
  const headers = {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), display-capture=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "X-DNS-Prefetch-Control": "off",
  };
  if (options.https) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}
