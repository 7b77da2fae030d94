import { createHash } from "node:crypto";
import { z } from "zod";
import { defaultLanguage, isSupportedLanguage, supportedLanguages, type Language } from "~/i18n";
import { fixedT } from "~/i18next.server";
import { cachePolicy } from "~/utils/cache-policy.js";
import type { RequestLog } from "~/utils/request-log";
import { openDataHeaders } from "./open-data-headers.js";
import { SafeError } from "./safe-log";
import { serviceSchema } from "./schema";
import type { Phone, Service } from "~/data/types";

/**
 * The directory as Open Referral HSDS 3.0 JSON (https://docs.openreferral.org/en/v3.0/), for the
 * open-data endpoints under /open-data/hsds/. Pure functions: the same directory and language
 * always give the same JSON, with the same ids.
 *
 * What goes where
 * - service: id (UUID, see hsdsId), name, description (summary + offers), status "active",
 *   fees_description (the translated free/unknown text), eligibility_description (forWhom),
 *   minimum_age / maximum_age (left out when the directory has no limit), assured_date
 *   (= lastChecked), organization_id, organization, phones.
 * - organization: id, name, description. We know nothing about an organization but its name, so
 *   the description repeats the name (HSDS requires a description).
 * - phone: id, number (written the Swedish way, "08-508 257 40"), type "voice", description (the
 *   translated line name; a number for professionals only ends in "(For professionals only)").
 * - languages: left out. The facts say nothing about which languages a service is delivered in.
 * - attributes: left out. HSDS attributes link an entity to a taxonomy term; our audiences,
 *   scope and anonymity are not terms of any published taxonomy, and we do not invent one.
 *
 * Our own fields that HSDS has no place for travel in the HSDS `metadata` array of the object
 * they belong to, one entry per field, so that a record from this export maps back to exactly
 * the record it came from (fromHsdsService):
 *   field_name         "stodlinjer:<field>" (the field's name in app/directory/schema.ts)
 *   replacement_value  the value as JSON ("\"stockholm\"", "[\"selling\"]", "null")
 *   previous_value     "" (there is no change history to publish)
 *   last_action_type   "verified"; last_action_date: the record's lastChecked date
 *   updated_by         "Stödlinjer"
 * service:      id (the slug), scope, audiences, free, anonymous, contactVia, noNumberReason,
 *               openDayAndNight, sources
 * organization: organizationKey
 * phone:        e164, audience, descriptionKey
 * HSDS has no codelist for these; they are ours, documented here, and every entry validates
 * against the HSDS 3.0 metadata schema (app/directory/hsds.test.ts). The human-readable HSDS fields
 * (fees_description, the phone description) say the same thing in words.
 */

// ---------------------------------------------------------------------------------------------
// Stable ids

/**
 * The namespace of every id in the export. Never change it: other services may store our ids.
 * (A random UUID made once for this purpose.)
 */
const HSDS_NAMESPACE = "15303519-efd7-482a-ba9f-7e0ee9ca1285";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A name-based UUID (version 5, RFC 9562: SHA-1 of namespace + name): the same name, the same id. */
export function uuidV5(namespace: string, name: string): string {
  const hash = createHash("sha1")
    .update(Buffer.from(namespace.replace(/-/g, ""), "hex"))
    .update(name, "utf8")
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** "service:kast", "phone:kast:0", "organization:stockholmCity" → its UUID in the export. */
export function hsdsId(name: string): string {
  return uuidV5(HSDS_NAMESPACE, name);
}

export const serviceUuid = (serviceId: string) => hsdsId(`service:${serviceId}`);
export const phoneUuid = (serviceId: string, index: number) => hsdsId(`phone:${serviceId}:${index}`);
export const organizationUuid = (organizationKey: string) => hsdsId(`organization:${organizationKey}`);

// ---------------------------------------------------------------------------------------------
// HSDS 3.0 shapes (the parts we publish)

export interface HsdsMetadata {
  id: string;
  resource_id: string;
  resource_type: "service" | "organization" | "phone";
  last_action_date: string;
  last_action_type: string;
  field_name: string;
  previous_value: string;
  replacement_value: string;
  updated_by: string;
}

export interface HsdsPhone {
  id: string;
  service_id: string;
  number: string;
  type: "voice";
  description: string;
  metadata: HsdsMetadata[];
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  metadata: HsdsMetadata[];
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  status: "active";
  fees_description: string;
  eligibility_description: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date: string;
  organization: HsdsOrganization;
  phones: HsdsPhone[];
  metadata: HsdsMetadata[];
}

/** The paged list of the HSDS 3.0 API (openapi.json, components.schemas.Page, plus contents). */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

// ---------------------------------------------------------------------------------------------
// Export

const FIELD_PREFIX = "stodlinjer:";
const UPDATED_BY = "Stödlinjer";
const ACTION = "verified";

function metadataEntry(
  resourceType: HsdsMetadata["resource_type"],
  resourceName: string,
  resourceId: string,
  date: string,
  field: string,
  value: unknown,
): HsdsMetadata {
  return {
    id: hsdsId(`metadata:${resourceName}:${field}`),
    resource_id: resourceId,
    resource_type: resourceType,
    last_action_date: date,
    last_action_type: ACTION,
    field_name: `${FIELD_PREFIX}${field}`,
    previous_value: "",
    replacement_value: JSON.stringify(value),
    updated_by: UPDATED_BY,
  };
}

/**
 * One organization. The directory stores an organization only as a key on its services, so the
 * date of its entries is the latest lastChecked of the services that name it (given by the caller).
 */
export function toHsdsOrganization(organizationKey: string, lastChecked: string, language: Language): HsdsOrganization {
  const t = fixedT(language, "services");
  const id = organizationUuid(organizationKey);
  const name = t(`organizations.${organizationKey}`);
  const resource = `organization:${organizationKey}`;
  return {
    id,
    name,
    description: name,
    metadata: [metadataEntry("organization", resource, id, lastChecked, "organizationKey", organizationKey)],
  };
}

function toHsdsPhone(service: Service, phone: Phone, index: number, language: Language): HsdsPhone {
  const t = fixedT(language, "services");
  const id = phoneUuid(service.id, index);
  const label = t(phone.descriptionKey);
  const meta = (field: keyof Phone) =>
    metadataEntry("phone", `phone:${service.id}:${index}`, id, service.lastChecked, field, phone[field]);
  return {
    id,
    service_id: serviceUuid(service.id),
    number: phone.number,
    type: "voice",
    description: phone.audience === "professionals" ? `${label} (${t("common:phone.professionalsOnly")})` : label,
    metadata: [meta("e164"), meta("audience"), meta("descriptionKey")],
  };
}

/** Fields of a service that HSDS has no place for, carried in its metadata. */
const SERVICE_METADATA_FIELDS = [
  "id",
  "scope",
  "audiences",
  "free",
  "anonymous",
  "contactVia",
  "noNumberReason",
  "openDayAndNight",
  "sources",
] as const satisfies readonly (keyof Service)[];

/** One service of the directory as an HSDS 3.0 service, its text in the given language. */
export function toHsdsService(service: Service, language: Language = defaultLanguage): HsdsService {
  const t = fixedT(language, "services");
  const id = serviceUuid(service.id);
  const organization = toHsdsOrganization(service.organizationKey, service.lastChecked, language);
  return {
    id,
    organization_id: organization.id,
    name: t(`${service.id}.name`),
    description: `${t(`${service.id}.summary`)}\n\n${t(`${service.id}.offers`)}`,
    status: "active",
    // "yes" → "Free"; "unknown" → "Our sources say nothing about cost…"; "no" → "Costs money".
    fees_description: t(`free.${service.free}`),
    eligibility_description: t(`${service.id}.forWhom`),
    ...(service.minAge !== null ? { minimum_age: service.minAge } : {}),
    ...(service.maxAge !== null ? { maximum_age: service.maxAge } : {}),
    assured_date: service.lastChecked,
    organization,
    phones: service.phones.map((phone, index) => toHsdsPhone(service, phone, index, language)),
    metadata: SERVICE_METADATA_FIELDS.map((field) =>
      metadataEntry("service", `service:${service.id}`, id, service.lastChecked, field, service[field]),
    ),
  };
}

export function toHsdsServices(services: readonly Service[], language: Language = defaultLanguage): HsdsService[] {
  return services.map((service) => toHsdsService(service, language));
}

/** Every organization named by a service, once, in the order they first appear. */
export function toHsdsOrganizations(
  services: readonly Service[],
  language: Language = defaultLanguage,
): HsdsOrganization[] {
  const latestCheck = new Map<string, string>();
  for (const service of services) {
    const seen = latestCheck.get(service.organizationKey);
    if (seen === undefined || service.lastChecked > seen) latestCheck.set(service.organizationKey, service.lastChecked);
  }
  return [...latestCheck].map(([key, lastChecked]) => toHsdsOrganization(key, lastChecked, language));
}

/** The service with this HSDS id (UUID, any case) or slug. */
export function findByHsdsIdOrSlug(services: readonly Service[], idOrSlug: string): Service | undefined {
  const lower = idOrSlug.toLowerCase();
  if (UUID.test(lower)) return services.find((service) => serviceUuid(service.id) === lower);
  return services.find((service) => service.id === idOrSlug);
}

/** All items on one page: we publish a few dozen records, so there is never a second page. */
export function hsdsPage<T>(contents: T[]): HsdsPage<T> {
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

// ---------------------------------------------------------------------------------------------
// Import (the reverse): a record from our own export back to a directory record

const metadataInput = z.object({ field_name: z.string(), replacement_value: z.string() });
const hsdsServiceInput = z.object({
  id: z.string().regex(UUID, "a lower-case UUID"),
  minimum_age: z.number().optional(),
  maximum_age: z.number().optional(),
  assured_date: z.string(),
  organization: z.object({ id: z.string(), metadata: z.array(metadataInput) }),
  phones: z.array(z.object({ number: z.string(), metadata: z.array(metadataInput) })).default([]),
  metadata: z.array(metadataInput),
});

/** The value our export stored for a field, or undefined when the entry is missing. */
function carried(entries: readonly z.infer<typeof metadataInput>[], field: string): unknown {
  const matches = entries.filter((entry) => entry.field_name === `${FIELD_PREFIX}${field}`);
  if (matches.length > 1) throw new SafeError(`HSDS record: ${field} given ${matches.length} times`);
  const [entry] = matches;
  if (!entry) return undefined;
  try {
    return JSON.parse(entry.replacement_value) as unknown;
  } catch {
    throw new SafeError(`HSDS record: ${field} is not JSON`);
  }
}

/**
 * Our slug of a record from our own export (its "stodlinjer:id" metadata), if it has one and the
 * record's UUID belongs to it: a record cannot claim (or remove) another service by its metadata.
 */
export function hsdsSlugOf(record: unknown): string | undefined {
  const parsed = z.object({ id: z.string(), metadata: z.array(metadataInput) }).safeParse(record);
  if (!parsed.success) return undefined;
  try {
    const slug = carried(parsed.data.metadata, "id");
    return typeof slug === "string" && serviceUuid(slug) === parsed.data.id.toLowerCase() ? slug : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A service from our own HSDS export back to the directory's shape, validated with the same
 * serviceSchema as the embedded data: a bad record throws (a ZodError or an Error), it never
 * reaches a page. The slug comes from the "stodlinjer:id" metadata entry and must give back the
 * record's UUID. The translated texts are not read back: the directory keeps its text in the
 * locales, keyed by the slug. A record from another HSDS publisher has no "stodlinjer:" entries
 * and is rejected; mapping such records needs its own rules.
 */
export function fromHsdsService(hsds: unknown): Service {
  const record = hsdsServiceInput.parse(hsds);
  const slug = carried(record.metadata, "id");
  if (typeof slug !== "string" || serviceUuid(slug) !== record.id) {
    throw new SafeError("HSDS record: its id does not belong to the slug it carries");
  }
  const organizationKey = carried(record.organization.metadata, "organizationKey");
  if (typeof organizationKey !== "string" || organizationUuid(organizationKey) !== record.organization.id) {
    throw new SafeError("HSDS record: its organization id does not belong to the key it carries");
  }
  return serviceSchema.parse({
    id: slug,
    scope: carried(record.metadata, "scope"),
    organizationKey,
    audiences: carried(record.metadata, "audiences"),
    minAge: record.minimum_age ?? null,
    maxAge: record.maximum_age ?? null,
    free: carried(record.metadata, "free"),
    anonymous: carried(record.metadata, "anonymous"),
    phones: record.phones.map((phone) => ({
      number: phone.number,
      e164: carried(phone.metadata, "e164"),
      audience: carried(phone.metadata, "audience"),
      descriptionKey: carried(phone.metadata, "descriptionKey"),
    })),
    contactVia: carried(record.metadata, "contactVia"),
    noNumberReason: carried(record.metadata, "noNumberReason"),
    openDayAndNight: carried(record.metadata, "openDayAndNight"),
    sources: carried(record.metadata, "sources"),
    lastChecked: record.assured_date,
  });
}

// ---------------------------------------------------------------------------------------------
// HTTP: what the three resource routes under /open-data/hsds/ share

/**
 * Names the route pattern in the request log (entry.server.tsx does this for pages only; resource
 * routes never pass through it). The pattern, never the path: the log holds no ids or queries.
 */
export function logOpenDataRoute(context: unknown, pattern: string): void {
  (context as { log?: RequestLog } | undefined)?.log?.setRoute(pattern);
}

/** JSON for anyone: open data is meant to be fetched by other sites (no cookies, no credentials). */
export function openDataResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": status < 400 ? cachePolicy.openData : cachePolicy.error,
      "Access-Control-Allow-Origin": openDataHeaders["Access-Control-Allow-Origin"],
      ...(status < 400 ? { Link: openDataHeaders.Link } : {}),
    },
  });
}

export function openDataError(status: 400 | 404, message: string): Response {
  return openDataResponse({ status, error: status === 400 ? "Bad Request" : "Not Found", message }, status);
}

/**
 * The language of the texts: ?lang=<code> for any supported language, Swedish without it.
 * Anything else (an unknown or empty code, the parameter twice) is answered with a 400.
 */
export function openDataLanguage(request: Request): Language | Response {
  const values = new URL(request.url).searchParams.getAll("lang");
  if (values.length === 0) return defaultLanguage;
  const [value] = values;
  if (values.length === 1 && isSupportedLanguage(value)) return value;
  return openDataError(400, `lang must be one of: ${supportedLanguages.join(", ")}`);
}
