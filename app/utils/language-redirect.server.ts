import { redirect } from "@remix-run/node";
import { cachePolicy } from "./cache-policy.js";
import { negotiateLanguage } from "./negotiate-language";

/**
 * A redirect to a page in the visitor's language, chosen from Accept-Language alone (no cookie):
 * what "/" and the short printed addresses ("/ung", "/kast", ...) answer. The answer differs by
 * that header, so caches are told (Vary) and keep it only briefly.
 */
export function redirectToLanguage(request: Request, path: string): Response {
  const language = negotiateLanguage(request.headers.get("Accept-Language"));
  const { search } = new URL(request.url);
  return redirect(`/${language}${path}${search}`, {
    status: 302,
    headers: { Vary: "Accept-Language", "Cache-Control": cachePolicy.redirectByLanguage },
  });
}
