import { Writable } from "node:stream";
import { createHash, randomBytes } from "node:crypto";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { RemixServer, isRouteErrorResponse } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { serverConfig } from "~/config.server";
import { isSupportedLanguage } from "~/i18n";
import { directoryVersion } from "~/directory/directory.server";
import { i18nFor } from "~/i18next.server";
import { PageCache } from "~/utils/page-cache.server";
import { wantsHydration } from "~/utils/hydration";
import { markSwedishNamesInHtml } from "~/utils/mark-swedish-names.server";
import { NonceContext } from "~/utils/nonce-context";
import { languageForRequest, languageSegment } from "~/utils/request-language";
import { contentSecurityPolicy } from "~/utils/security-headers.js";
import { routePattern, type RequestLog } from "~/utils/request-log";

const RENDER_TIMEOUT_MS = 5_000;
const MAX_CACHED_URL_LENGTH = 512;
const pageCache = new PageCache(500);

/** HTML holds nothing personal, so every page can be cached by a CDN or nginx in front of us. */
const PAGE_CACHE = "public, max-age=0, s-maxage=300, stale-while-revalidate=86400";
const ERROR_CACHE = "public, max-age=0, s-maxage=60";

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const language = languageForRequest(request);
  const matches = remixContext.staticHandlerContext.matches;
  (loadContext as { log?: RequestLog }).log?.setRoute(routePattern(matches.map((match) => match.route.path)));
  const handles = matches.map((match) => remixContext.routeModules[match.route.id]?.handle);
  // Only a page that hydrates carries inline scripts, and only those get a nonce (and no caching).
  const nonce = wantsHydration(handles) ? randomBytes(16).toString("base64") : undefined;

  // The same address, language and data give the same page: render it once, serve it many times.
  const cacheKey =
    nonce || request.url.length > MAX_CACHED_URL_LENGTH
      ? undefined
      : `${directoryVersion()}|${responseStatusCode}|${language}|${request.url}`;
  const cached = cacheKey ? pageCache.get(cacheKey) : undefined;
  if (cached) return Promise.resolve(respond(cached.body, responseStatusCode, cached.etag));

  return new Promise<Response>((resolve, reject) => {
    let status = responseStatusCode;
    // Cleared as soon as the render ends, so a finished render is not kept alive by the timer.
    const timeout = setTimeout(() => abort(), RENDER_TIMEOUT_MS + 1_000);
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <I18nextProvider i18n={i18nFor(language)}>
          <RemixServer context={remixContext} url={request.url} abortDelay={RENDER_TIMEOUT_MS} nonce={nonce} />
        </I18nextProvider>
      </NonceContext.Provider>,
      {
        // Pages are small and static: render them whole, so that they get an ETag and caches
        // store complete documents.
        onAllReady() {
          const chunks: Buffer[] = [];
          const sink = new Writable({
            write(chunk: Buffer | string, _encoding, callback) {
              chunks.push(Buffer.from(chunk));
              callback();
            },
            final(callback) {
              clearTimeout(timeout);
              // Decoded once, whole: then Swedish names in a translated page are marked lang="sv".
              const html = markSwedishNamesInHtml(Buffer.concat(chunks).toString("utf8"), language);
              const body = new Uint8Array(Buffer.from(html, "utf8"));
              if (nonce) {
                resolve(respond(body, status));
              } else {
                // Weak, because compression in front of us changes the bytes but not the page.
                const etag = `W/"${createHash("sha1").update(body).digest("base64url")}"`;
                if (cacheKey && status === responseStatusCode) pageCache.set(cacheKey, { body, etag });
                resolve(respond(body, status, etag));
              }
              callback();
            },
          });
          pipe(sink);
        },
        onShellError(error: unknown) {
          clearTimeout(timeout);
          reject(error);
        },
        onError(error: unknown) {
          status = 500;
          logRenderError(error);
        },
      },
    );
  });

  function respond(body: Uint8Array<ArrayBuffer>, status: number, etag?: string): Response {
    responseHeaders.set("Content-Type", "text/html; charset=utf-8");
    // Only a page without a language in its address was chosen by Accept-Language.
    if (!isSupportedLanguage(languageSegment(new URL(request.url).pathname))) {
      responseHeaders.append("Vary", "Accept-Language");
    }
    if (!responseHeaders.has("Cache-Control")) {
      responseHeaders.set("Cache-Control", nonce ? "no-store" : status < 400 ? PAGE_CACHE : ERROR_CACHE);
    }
    if (nonce) {
      responseHeaders.set(
        "Content-Security-Policy",
        contentSecurityPolicy({ https: serverConfig.https, scriptNonce: nonce }),
      );
    }
    if (etag) {
      responseHeaders.set("ETag", etag);
      if (status === 200 && matchesEtag(request.headers.get("If-None-Match"), etag)) {
        return new Response(null, { status: 304, headers: responseHeaders });
      }
    }
    return new Response(body, { status, headers: responseHeaders });
  }
}

function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => {
    const candidate = tag.trim();
    return candidate === "*" || candidate.replace(/^W\//, "") === opaque;
  });
}

/** Errors are logged without the request's URL, query or client details. */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) return; // a 404 is an answer, not an error
  logRenderError(error);
};

function logRenderError(error: unknown) {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : "unknown error";
  console.error(JSON.stringify({ level: "error", event: "render", message }));
}
