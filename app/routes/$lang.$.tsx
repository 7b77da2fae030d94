import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireLanguage } from "~/utils/require-language.server";

/** Any path we do not have, in a known language: a 404 in that language. */
export function loader({ params, request }: LoaderFunctionArgs) {
  requireLanguage(params, request);
  throw notFound();
}

export default function NotFoundRoute() {
  return null;
}
