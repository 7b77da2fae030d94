import { audienceIds } from "~/data/audiences";
import { campaignIds, printables } from "~/data/printables";
import { embeddedServices } from "~/data/services";
import { sitePages } from "~/data/site-pages";

/**
 * Every page of the site, without its language prefix. Of the 26 municipality pages, which share
 * one template, one of each status is here; tests/e2e/municipalities.spec.ts requests them all.
 */
export const sitePaths: string[] = [
  ...Object.values(sitePages),
  ...embeddedServices.map((service) => `/services/${service.id}`),
  ...audienceIds.map((audience) => `/help/${audience}`),
  ...campaignIds.map((campaign) => `/campaigns/${campaign}`),
  ...printables.map((printable) => `/print/${printable.id}`),
  "/municipalities/solna",
  "/municipalities/botkyrka",
  "/municipalities/danderyd",
];
