import { audienceIds } from "~/data/audiences";
import { embeddedServices } from "~/data/services";

/** Every page of the site, without its language prefix. */
export const sitePaths: string[] = [
  "/",
  "/services",
  ...embeddedServices.map((service) => `/services/${service.id}`),
  ...audienceIds.map((audience) => `/help/${audience}`),
  "/safety",
  "/open-data",
];
