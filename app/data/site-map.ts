import { audienceIds } from "./audiences";
import { municipalities } from "./municipalities";
import { campaignIds, printables } from "./printables";
import { embeddedServices } from "./services";
import { sitePages } from "./site-pages";

/**
 * Every page of the site, without its language prefix: what sitemap.xml lists in every language
 * and what the tests walk. Services are the embedded directory's (a remote source may add more;
 * their pages exist all the same).
 */
export function allSitePaths(): string[] {
  return [
    ...Object.values(sitePages),
    ...embeddedServices.map((service) => `/services/${service.id}`),
    ...audienceIds.map((audience) => `/help/${audience}`),
    ...campaignIds.map((campaign) => `/campaigns/${campaign}`),
    ...printables.map((printable) => `/print/${printable.id}`),
    ...municipalities.map((municipality) => `/municipalities/${municipality.slug}`),
  ];
}
