import type { AudienceId } from "~/data/audiences";
import { audienceMaxAge, childFirstAudiences, everyYoungPerson } from "~/data/audience-rules";
import type { Service } from "~/data/types";

/** What a visitor asked the directory for; every part is optional. */
export interface DirectoryFilter {
  audience?: AudienceId;
  age?: number;
  free?: boolean;
  anonymous?: boolean;
  professionals?: boolean;
  words?: string;
}

/** The texts a service can be found by, in the reader's language (and its Swedish name). */
export type SearchableText = (service: Service) => string;

/** Below this age the reader is a child: the youth services are for them whatever the audience. */
export const ADULT_AGE = 18;

/** Whether the filter describes someone under 18 (then the page also points to the under-18 journey). */
export function isMinor(filter: DirectoryFilter): boolean {
  return filter.age !== undefined && filter.age < ADULT_AGE;
}

/**
 * Keeps the services that match every part of the filter and are meant for the person it
 * describes (app/data/audience-rules.ts). An age matches a service whose limits allow it; a
 * service with no stated limit matches every age. "Free" and "anonymous" keep only services the
 * sources say are, never the ones they are silent about. A member of the public (who gave an
 * age or a public audience) never gets a professionals-only service. Under 18, a child who sells
 * sex gets every under-18 service; any other young reader gets the lines for every young person.
 */
export function filterServices(
  services: readonly Service[],
  filter: DirectoryFilter,
  searchableText: SearchableText,
): Service[] {
  const words = filter.words ? tokens(filter.words) : [];
  const asPublic =
    !filter.professionals && (filter.age !== undefined || (filter.audience !== undefined && filter.audience !== "professionals"));
  return services.filter((service) => {
    if (filter.audience && !meantFor(service, filter.audience, filter.age)) return false;
    if (asPublic && isProfessionalsOnly(service)) return false;
    if (filter.age !== undefined) {
      if (service.minAge !== null && filter.age < service.minAge) return false;
      if (service.maxAge !== null && filter.age > service.maxAge) return false;
    }
    if (filter.free && service.free !== "yes") return false;
    if (filter.anonymous && service.anonymous !== "yes") return false;
    if (filter.professionals && !service.audiences.includes("professionals")) return false;
    if (words.length > 0) {
      const haystack = fold(searchableText(service));
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  });
}

/** Whether a service is meant for this audience at this age (when an age is given). */
function meantFor(service: Service, audience: AudienceId, age: number | undefined): boolean {
  const limit = audienceMaxAge[service.id]?.[audience];
  if (service.audiences.includes(audience) && (age === undefined || limit === undefined || age <= limit)) return true;
  if (age === undefined || age >= ADULT_AGE) return false;
  if (childFirstAudiences.includes(audience)) return service.audiences.includes("under-18");
  return everyYoungPerson.includes(service.id);
}

/** A service only professionals may contact (NMT): its only audience is professionals. */
function isProfessionalsOnly(service: Service): boolean {
  return service.audiences.length > 0 && service.audiences.every((audience) => audience === "professionals");
}

/** Lower case without diacritics, so "halsa" finds "Hälsa" and "STODCENTRUM" finds "Stödcentrum". */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("sv");
}

function tokens(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 10);
}

export function isFilterActive(filter: DirectoryFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined && value !== false && value !== "");
}

/**
 * The same services, those with a number the public can call first (in their order), then the
 * ones without (a page to read, "ask your municipality"): a frightened reader scanning the answer
 * meets a call button before an entry that only points elsewhere.
 */
export function callableFirst<T extends Pick<Service, "phones">>(services: readonly T[]): T[] {
  const callable = (service: T) => service.phones.some((phone) => phone.audience === "public");
  return [...services.filter(callable), ...services.filter((service) => !callable(service))];
}
