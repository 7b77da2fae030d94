import type { LoaderFunctionArgs } from "@remix-run/node";
import { shortPaths, type ShortPath } from "~/data/short-paths";
import { redirectToLanguage } from "./language-redirect.server";

/** The loader of a short printed address: on to its audience's page, in the visitor's language. */
export function shortPathLoader(path: ShortPath) {
  return ({ request }: LoaderFunctionArgs) => redirectToLanguage(request, `/help/${shortPaths[path]}`);
}
