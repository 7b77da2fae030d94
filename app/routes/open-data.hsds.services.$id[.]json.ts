import type { LoaderFunctionArgs } from "@remix-run/node";
import { listServices } from "~/directory/directory.server";
import {
  findByHsdsIdOrSlug,
  logOpenDataRoute,
  openDataError,
  openDataLanguage,
  openDataResponse,
  toHsdsService,
} from "~/directory/hsds.server";

/**
 * GET /open-data/hsds/services/<id>.json[?lang=en]: one fully nested HSDS 3.0 service, by its
 * UUID or by its slug (/open-data/hsds/services/kast.json). Unknown → 404 JSON.
 */
export function loader({ context, params, request }: LoaderFunctionArgs) {
  logOpenDataRoute(context, "/open-data/hsds/services/:id.json");
  const language = openDataLanguage(request);
  if (language instanceof Response) return language;
  const service = findByHsdsIdOrSlug(listServices(), params.id ?? "");
  if (!service) return openDataError(404, "No service with this id");
  return openDataResponse(toHsdsService(service, language));
}
