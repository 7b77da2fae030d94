import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirectToLanguage } from "~/utils/language-redirect.server";

/** "/" has no content of its own: it sends the visitor to their language (no cookie involved). */
export function loader({ request }: LoaderFunctionArgs) {
  return redirectToLanguage(request, "/");
}
