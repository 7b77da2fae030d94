import type { LoaderFunctionArgs } from "@remix-run/node";
import type { Namespace } from "~/i18n";
import { pageTitle } from "~/i18next.server";
import { requireLanguage } from "./require-language.server";

/** The loader of a page that is copy only: its language and its title. */
export function contentPageLoader(ns: Namespace) {
  return ({ params, request }: LoaderFunctionArgs) => {
    const language = requireLanguage(params, request);
    return { language, title: pageTitle(language, ns, "title") };
  };
}
