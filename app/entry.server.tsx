import { PassThrough } from "node:stream";
import { randomBytes } from "node:crypto";
import type { EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { i18nFor } from "~/i18next.server";
import { isSupportedLanguage } from "~/i18n";
import { languageForRequest, languageSegment } from "~/utils/request-language";
import { wantsHydration } from "~/utils/hydration";
import { NonceContext } from "~/utils/nonce-context";
import { contentSecurityPolicy } from "~/utils/security-headers.js";
import { serverConfig } from "~/config.server";

const RENDER_TIMEOUT_MS = 5_000;

/** HTML holds nothing personal, so every page can be cached by a CDN or nginx in front of us. */
const PAGE_CACHE = "public, max-age=0, s-maxage=300, stale-while-revalidate=86400";
const ERROR_CACHE = "public, max-age=0, s-maxage=60";

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  const language = languageForRequest(request);
  const handles = remixContext.staticHandlerContext.matches.map(
    (match) => remixContext.routeModules[match.route.id]?.handle,
  );
  // Only a page that hydrates carries inline scripts, and only those get a nonce (and no caching).
  const nonce = wantsHydration(handles) ? randomBytes(16).toString("base64") : undefined;

  return new Promise<Response>((resolve, reject) => {
    let status = responseStatusCode;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <I18nextProvider i18n={i18nFor(language)}>
          <RemixServer context={remixContext} url={request.url} abortDelay={RENDER_TIMEOUT_MS} nonce={nonce} />
        </I18nextProvider>
      </NonceContext.Provider>,
      {
        // Pages are small and fully static: send them whole, so caches get a complete document.
        onAllReady() {
          const body = new PassThrough();
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
          resolve(new Response(createReadableStreamFromReadable(body), { status, headers: responseHeaders }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          status = 500;
          logRenderError(error);
        },
      },
    );
    setTimeout(abort, RENDER_TIMEOUT_MS + 1_000);
  });
}

/** Errors are logged without the request's URL, query or client details. */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  logRenderError(error);
};

function logRenderError(error: unknown) {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : "unknown error";
  console.error(JSON.stringify({ level: "error", event: "render", message }));
}
