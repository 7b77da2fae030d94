import { createHash, randomBytes } from "node:crypto";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { RemixServer, isRouteErrorResponse } from "@remix-run/react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { env } from "~/env.server";
import { isSupportedLanguage, textDirection } from "~/i18n";
import { i18nFor } from "~/i18next.server";
import { wantsHydration } from "~/utils/hydration";
import { languageTag } from "~/utils/language-tag";
import { markSwedishNamesInHtml } from "~/utils/mark-swedish-names.server";
import { markStaleSwedish, recordingKeys, settleTranslationNote } from "~/utils/translation-status.server";
import { NonceContext } from "~/utils/nonce-context";
import { languageForRequest, languageSegment } from "~/utils/request-language";
import { contentSecurityPolicy } from "~/utils/security-headers.js";
import { routePattern, type RequestLog } from "~/utils/request-log";

/**
 * The directory's data version, for the response cache in front of Remix (server/response-cache.js):
 * server.js reads it from the build as `build.entry.module.directoryVersion`.
 */
export { directoryVersion } from "~/directory/directory.server";
/** The configuration, parsed once (app/env.server.ts): server.js reads it from the build too. */
export { env } from "~/env.server";

/** HTML holds nothing personal, so every page can be cached by a CDN or nginx in front of us. */
const PAGE_CACHE = "public, max-age=0, s-maxage=300, stale-while-revalidate=86400";
const ERROR_CACHE = "public, max-age=0, s-maxage=60";

/**
 * Renders a whole page. Pages are small and static (nothing suspends), so the page is rendered to
 * one string: React 18's stream cut multi-byte characters at its chunk boundaries into U+0000 bytes
 * (seen on /th/, /ru/law). A whole page also gets an ETag, and caches store complete documents.
 * Rendered pages are cached in front of Remix by server/response-cache.js, not here.
 */
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

  let html: string;
  try {
    // The keys the page renders decide whether its draft note stays (app/utils/translation-status.server.ts).
    const rendered = recordingKeys(() =>
      renderToString(
        <NonceContext.Provider value={nonce}>
          <I18nextProvider i18n={i18nFor(language)}>
            <RemixServer context={remixContext} url={request.url} nonce={nonce} />
          </I18nextProvider>
        </NonceContext.Provider>,
      ),
    );
    // A stale string shows its Swedish text, marked lang="sv" (WCAG 3.1.2).
    html = markStaleSwedish(
      settleTranslationNote(rendered.result, language, rendered.keys),
      language,
      rendered.keys,
      textDirection(language) === "rtl",
    );
  } catch (error) {
    logRenderError(error);
    throw error;
  }
  // In a translated page, Swedish names are marked lang="sv" once, here, for every component.
  const body = new TextEncoder().encode(`<!DOCTYPE html>${markSwedishNamesInHtml(html, language)}`);
  const status = responseStatusCode;

  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  responseHeaders.set("Content-Language", languageTag(language));
  // Only a page without a language in its address was chosen by Accept-Language.
  if (!isSupportedLanguage(languageSegment(new URL(request.url).pathname))) {
    responseHeaders.append("Vary", "Accept-Language");
  }
  if (!responseHeaders.has("Cache-Control")) {
    responseHeaders.set("Cache-Control", nonce ? "no-store" : status < 400 ? PAGE_CACHE : ERROR_CACHE);
  }
  if (nonce) {
    responseHeaders.set("Content-Security-Policy", contentSecurityPolicy({ https: env.HTTPS, scriptNonce: nonce }));
  } else {
    // Weak, because compression in front of us changes the bytes but not the page.
    const etag = `W/"${createHash("sha1").update(body).digest("base64url")}"`;
    responseHeaders.set("ETag", etag);
    if (status === 200 && matchesEtag(request.headers.get("If-None-Match"), etag)) {
      return new Response(null, { status: 304, headers: responseHeaders });
    }
  }
  return new Response(body, { status, headers: responseHeaders });
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
