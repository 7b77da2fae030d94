import { redirect } from "@remix-run/node";
import { isSupportedLanguage, type Language } from "~/i18n";

/**
 * The language of a /:lang/... route. "/SV/x" is sent on to "/sv/x" (a friendly redirect);
 * any other unknown language is a 404, answered in the visitor's own language by the root.
 */
export function requireLanguage(params: { lang?: string }, request: Request): Language {
  const { lang } = params;
  if (isSupportedLanguage(lang)) return lang;
  const lower = lang?.toLowerCase();
  if (lower && isSupportedLanguage(lower)) {
    const url = new URL(request.url);
    // The rest of the path after the first segment as it was sent: the parameter is decoded
    // ("/S%56/x" gives "SV"), so its length says nothing about the raw path ("/sv56/x" once).
    const rest = url.pathname.split("/").slice(2).join("/");
    throw redirect(`/${lower}/${rest}${url.search}`, 301);
  }
  throw notFound();
}

export function notFound(): Response {
  return new Response("Not Found", { status: 404, statusText: "Not Found" });
}
