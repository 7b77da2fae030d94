// @ts-check
/**
 * Remix behind Express, in place of @remix-run/express's handler, for two reasons:
 * - the Request is built from the origin of origin.js: @remix-run/express takes the port from
 *   X-Forwarded-Host whatever "trust proxy" says, which let one request put another port into the
 *   QR codes, JSON-LD, robots.txt and sitemap.xml that later visitors got. Proxy headers reach the
 *   app only from a proxy TRUST_PROXY names;
 * - a page the response cache may keep is stored (brotli and gzip made once) and sent from there,
 *   so that the first answer and every cached one are the same bytes with the same headers.
 */
import { createRequestHandler as createRemixRequestHandler, writeReadableStreamToWritable } from "@remix-run/node";
import { PROXY_HEADERS, fromTrustedProxy, requestOrigin } from "./origin.js";
import { notModified } from "../app/utils/cache-policy.js";
import { sendPage } from "./response-cache.js";

/** @typedef {import("express").Request} Request */
/** @typedef {import("express").Response} Response */
/** @typedef {import("express").RequestHandler} RequestHandler */
/** @typedef {import("@remix-run/node").ServerBuild} ServerBuild */
/** @typedef {import("@remix-run/node").AppLoadContext} AppLoadContext */

/**
 * @param {{ build: ServerBuild, mode?: string, cache?: import("./response-cache.js").ResponseCache, getLoadContext: (req: Request, res: Response) => AppLoadContext }} options
 * @returns {RequestHandler}
 */
export function remixHandler({ build, mode, cache, getLoadContext }) {
  const handleRequest = createRemixRequestHandler(build, mode);
  return async (req, res, next) => {
    try {
      /** @type {string | undefined} */
      const cacheKey = req.method === "GET" ? res.locals.responseCacheKey : undefined;
      const request = remixRequest(req, res, { conditional: !cacheKey });
      const response = await handleRequest(request, getLoadContext(req, res));
      if (cacheKey && cache && response.status === 200 && response.body) {
        const body = new Uint8Array(await response.arrayBuffer());
        const route = res.locals.log?.route;
        const page = cache.store(cacheKey, { status: response.status, headers: response.headers, body }, route);
        if (page) {
          sendPage(req, res, page);
          return;
        }
        // Not storable (a nonce, a cookie, too big…): answered as it is, still honouring If-None-Match.
        const etag = response.headers.get("etag");
        if (etag && notModified(req.headers, etag)) {
          copyHeaders(res, response);
          res.status(304).end();
          return;
        }
        copyHeaders(res, response);
        res.status(response.status).end(Buffer.from(body));
        return;
      }
      copyHeaders(res, response);
      res.status(response.status);
      if (response.body) await writeReadableStreamToWritable(response.body, res);
      else res.end();
    } catch (error) {
      next(error);
    }
  };
}

/**
 * @param {Response} res
 * @param {globalThis.Response} response
 */
function copyHeaders(res, response) {
  res.statusMessage = response.statusText;
  for (const [name, value] of response.headers) res.append(name, value);
}

/**
 * The Fetch API Request Remix reads: our origin (see origin.js), the path as it reached us
 * (req.originalUrl), the headers without any proxy header nobody trusted, and a signal that aborts
 * loaders when the client goes away before its answer.
 * @param {Request} req
 * @param {Response} res
 * @param {{ conditional: boolean }} options  false: leave out If-None-Match / If-Modified-Since, so
 *   that a page to be cached is rendered in full (the cache then answers the condition itself)
 */
export function remixRequest(req, res, { conditional }) {
  const trusted = fromTrustedProxy(req);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (!trusted && PROXY_HEADERS.has(name)) continue;
    if (!conditional && (name === "if-none-match" || name === "if-modified-since")) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  /** @type {AbortController | null} */
  let controller = new AbortController();
  // "finish": the answer is out, nothing is left to abort; "close" without it: the client left.
  res.on("finish", () => (controller = null));
  res.on("close", () => controller?.abort());
  return new Request(`${requestOrigin(req)}${req.originalUrl}`, {
    method: req.method,
    headers,
    signal: controller.signal,
  });
}
