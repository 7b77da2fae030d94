import type { LoaderFunctionArgs } from "@remix-run/node";
import { listServices } from "~/directory/directory.server";
import { hsdsPage, logOpenDataRoute, openDataLanguage, openDataResponse, toHsdsServices } from "~/directory/hsds.server";

/**
 * GET /open-data/hsds/services.json[?lang=en]: every service of the directory as fully nested
 * HSDS 3.0 services, in one page of the HSDS API's paged list. A resource route: no page.
 */
export function loader({ context, request }: LoaderFunctionArgs) {
  logOpenDataRoute(context, "/open-data/hsds/services.json");
  const language = openDataLanguage(request);
  if (language instanceof Response) return language;
  return openDataResponse(hsdsPage(toHsdsServices(listServices(), language)));
}
