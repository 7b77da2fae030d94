import type { AudienceId } from "./audiences";
import { embeddedServices } from "./services";
import type { Service } from "./types";

/**
 * The directory as the routes see it. Today it serves the embedded data; a remote HSDS source
 * (validated, with fallback to this data) plugs in here later without touching the routes.
 */
export function listServices(): readonly Service[] {
  return embeddedServices;
}

export function findService(id: string): Service | undefined {
  return embeddedServices.find((service) => service.id === id);
}

/** The services for one audience, Stockholm services first, national lines after them. */
export function servicesForAudience(audience: AudienceId): Service[] {
  const forAudience = embeddedServices.filter((service) => service.audiences.includes(audience));
  return [
    ...forAudience.filter((service) => service.scope === "stockholm"),
    ...forAudience.filter((service) => service.scope === "national"),
  ];
}
