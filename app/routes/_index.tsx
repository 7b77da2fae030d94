import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { negotiateLanguage } from "~/utils/negotiate-language";

/** "/" has no content of its own: it sends the visitor to their language (no cookie involved). */
export function loader({ request }: LoaderFunctionArgs) {
  const language = negotiateLanguage(request.headers.get("Accept-Language"));
  const { search } = new URL(request.url);
  return redirect(`/${language}/${search}`, {
    status: 302,
    headers: { Vary: "Accept-Language", "Cache-Control": "public, max-age=0, s-maxage=300" },
  });
}
