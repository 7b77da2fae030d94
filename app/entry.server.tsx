import { createHash } from "node:crypto";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { RemixServer, isRouteErrorResponse } from "@remix-run/react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { isSupportedLanguage, textDirection } from "~/i18n";
import { i18nFor } from "~/i18next.server";
import { languageTag } from "~/utils/language-tag";
import { markSwedishNamesInHtml } from "~/utils/mark-swedish-names.server";
import { markStaleSwedish, recordingKeys, settleTranslationNote } from "~/utils/translation-status.server";
import { languageForRequest, languageSegment } from "~/utils/request-language";
import { cachePolicy, notModified } from "~/utils/cache-policy.js";
import { routePattern, type RequestLog } from "~/utils/request-log";

/**
 * The directory's data version, for the response cache in front of Remix (server/response-cache.js):
 * server.js reads it from the build as `build.entry.module.directoryVersion`.
 */
export { directoryVersion } from "~/directory/directory.server";
/** The parsed environment (app/env.server.ts), which server.js reads from the build too. */
export { env } from "~/env.server";

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

  let html: string;
  try {
    // The keys the page renders decide whether its draft note stays (app/utils/translation-status.server.ts).
    const rendered = recordingKeys(() =>
      renderToString(
        <I18nextProvider i18n={i18nFor(language)}>
          <RemixServer context={remixContext} url={request.url} />
        </I18nextProvider>,
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
    // HTML holds nothing personal, so every page can be cached by a CDN or nginx in front of us.
    responseHeaders.set("Cache-Control", status < 400 ? cachePolicy.page : cachePolicy.error);
  }
  // Weak, because compression in front of us changes the bytes but not the page.
  const etag = `W/"${createHash("sha1").update(body).digest("base64url")}"`;
  responseHeaders.set("ETag", etag);
  const conditional = { "if-none-match": request.headers.get("If-None-Match"), "cache-control": request.headers.get("Cache-Control") };
  if (status === 200 && notModified(conditional, etag)) {
    return new Response(null, { status: 304, headers: responseHeaders });
  }
  return new Response(body, { status, headers: responseHeaders });
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
