import type { LoaderFunctionArgs } from "@remix-run/node";
import { listServices } from "~/directory/directory.server";
import {
  hsdsPage,
  logOpenDataRoute,
  openDataLanguage,
  openDataResponse,
  toHsdsOrganizations,
} from "~/directory/hsds.server";

/**
 * GET /open-data/hsds/organizations.json[?lang=en]: the organizations behind the directory's
 * services as HSDS 3.0 organizations, in one page of the HSDS API's paged list.
 */
export function loader({ context, request }: LoaderFunctionArgs) {
  logOpenDataRoute(context, "/open-data/hsds/organizations.json");
  const language = openDataLanguage(request);
  if (language instanceof Response) return language;
  return openDataResponse(hsdsPage(toHsdsOrganizations(listServices(), language)));
}
