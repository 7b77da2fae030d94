import { createHash } from "node:crypto";
import type { Service } from "~/data/types";
import { dialNumber } from "~/utils/phone";

/**
 * What a directory source may not change without a person's review: every field that changes what
 * a visitor is told (whether a service is there, its numbers and who may call them, whether it is
 * free or anonymous, its hours, ages, audiences, who runs it, how it is reached). A change to any
 * of these is held until an approval names the service, the field and the new value; until then
 * the service keeps its last reviewed version. Pure functions, shared by the store and the
 * operator's command (`npm run directory`).
 */

/** HSDS status as the review sees it: a service on the site is "active"; "missing" = not in the feed. */
export type ReviewStatus = "active" | "inactive" | "defunct" | "missing";

export const REVIEWED_FIELDS = [
  "status",
  "phones",
  "free",
  "anonymous",
  "openDayAndNight",
  "minAge",
  "maxAge",
  "audiences",
  "contactVia",
  "noNumberReason",
  "scope",
  "organizationKey",
] as const;
export type ReviewedField = (typeof REVIEWED_FIELDS)[number];

export function isReviewedField(value: string): value is ReviewedField {
  return (REVIEWED_FIELDS as readonly string[]).includes(value);
}

/** A phone as review sees it: the number it dials (E.164 or a short number) and who may call it. */
export interface ReviewedPhone {
  number: string;
  audience: Service["phones"][number]["audience"];
}

/** The reviewed value of one field: JSON data, already validated (never free text from a feed). */
export type ReviewedValue = string | number | boolean | null | readonly string[] | readonly ReviewedPhone[];

/**
 * The value of a reviewed field. Phones are compared by what they dial and who may call them, in
 * order (journeys and printables name a service's phone by its place): the written form of the same
 * number ("08-508 257 40" vs "08-50 825 740", checked by libphonenumber-js) and its label go live.
 */
export function reviewedValue(service: Service, field: Exclude<ReviewedField, "status">): ReviewedValue {
  if (field === "phones") return service.phones.map((phone) => ({ number: dialNumber(phone), audience: phone.audience }));
  return service[field];
}

/** JSON with object keys sorted: the same value always gives the same text (and approval id). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * The id an operator approves a change by: service, field and a hash of the new value. Derived,
 * never stored state: the server's log, `review` and `approve` compute the same id for the same change.
 */
export function approvalId(service: string, field: string, value: unknown): string {
  const hash = createHash("sha256").update(`${service}\n${field}\n${canonicalJson(value)}`).digest("hex");
  return `${service}.${field}.${hash.slice(0, 8)}`;
}

/** A change that waits for review; the service keeps its last reviewed version meanwhile. */
export interface HeldChange {
  /** The service's id (slug). */
  id: string;
  field: ReviewedField;
  old: ReviewedValue;
  new: ReviewedValue;
  /** What `npm run directory -- approve` takes. */
  approve: string;
}

/** One approved change, as the approvals file (DIRECTORY_APPROVALS) records it. */
export interface Approval {
  service: string;
  field: ReviewedField;
  value: unknown;
  by: string;
  at: string;
}

/** Which (service, field, value) triples a person has reviewed: the embedded data and the approvals. */
export class ReviewedValues {
  private readonly known = new Set<string>();

  constructor(embedded: readonly Service[], approvals: readonly Approval[]) {
    for (const service of embedded) {
      this.add(service.id, "status", "active");
      for (const field of REVIEWED_FIELDS) if (field !== "status") this.add(service.id, field, reviewedValue(service, field));
    }
    for (const approval of approvals) this.add(approval.service, approval.field, approval.value);
  }

  private add(service: string, field: ReviewedField, value: unknown): void {
    this.known.add(`${service}\n${field}\n${canonicalJson(value)}`);
  }

  has(service: string, field: ReviewedField, value: unknown): boolean {
    return this.known.has(`${service}\n${field}\n${canonicalJson(value)}`);
  }
}

/** The changes from the last reviewed version to the source's version that no one has reviewed. */
export function unreviewedChanges(previous: Service, next: Service, reviewed: ReviewedValues): HeldChange[] {
  const held: HeldChange[] = [];
  for (const field of REVIEWED_FIELDS) {
    if (field === "status") continue;
    const old = reviewedValue(previous, field);
    const value = reviewedValue(next, field);
    if (sameValue(old, value) || reviewed.has(next.id, field, value)) continue;
    held.push({ id: next.id, field, old, new: value, approve: approvalId(next.id, field, value) });
  }
  return held;
}

/** A change of a service's status (removed, missing, back), held unless reviewed; null when reviewed. */
export function unreviewedStatus(id: string, old: ReviewStatus, next: ReviewStatus, reviewed: ReviewedValues): HeldChange | null {
  if (old === next || reviewed.has(id, "status", next)) return null;
  return { id, field: "status", old, new: next, approve: approvalId(id, "status", next) };
}

// ---------------------------------------------------------------------------------------------
// Plain words, for the operator's command

const FIELD_NAMES: Record<ReviewedField, string> = {
  status: "whether it is on the site",
  phones: "phone numbers",
  free: "whether it is free",
  anonymous: "whether you can be anonymous",
  openDayAndNight: "opening hours",
  minAge: "lowest age",
  maxAge: "highest age",
  audiences: "who it is for",
  contactVia: "reached through another service",
  noNumberReason: "why no number is shown",
  scope: "where it works",
  organizationKey: "who runs it",
};

export function fieldInWords(field: ReviewedField): string {
  return FIELD_NAMES[field];
}

const STATUS_WORDS: Record<string, string> = {
  active: "on the site",
  inactive: "marked inactive: would leave the site",
  defunct: "marked defunct: would leave the site",
  missing: "not in the feed: would leave the site",
};
const TRISTATE: Record<string, Record<string, string>> = {
  free: { yes: "free", no: "costs money", unknown: "not said" },
  anonymous: { yes: "you can be anonymous", no: "not anonymous", unknown: "not said" },
};
const NO_NUMBER: Record<string, string> = {
  "not-in-sources": "no number in our sources",
  unconfirmed: "number not confirmed",
  "contact-via": "reached through another service",
  "many-places": "many places, many numbers",
};

/**
 * A reviewed value in plain words, one string per line. `formatNumber` writes a dialled number the
 * way people read it ("+46850825740" → "08-508 257 40"); `textOf` gives an organization's name.
 */
export function valueInWords(
  field: ReviewedField,
  value: unknown,
  formatNumber: (dial: string) => string = (dial) => dial,
  textOf: (key: string) => string | undefined = () => undefined,
): string[] {
  switch (field) {
    case "status":
      return [STATUS_WORDS[String(value)] ?? String(value)];
    case "phones": {
      const phones = Array.isArray(value) ? (value as ReviewedPhone[]) : [];
      if (phones.length === 0) return ["no number"];
      return phones.map((phone) => `${formatNumber(phone.number)}${phone.audience === "professionals" ? " (professionals only)" : " (anyone)"}`);
    }
    case "free":
    case "anonymous":
      return [TRISTATE[field]?.[String(value)] ?? String(value)];
    case "openDayAndNight":
      return [value === true ? "open day and night" : "no opening hours shown"];
    case "minAge":
      return [value === null ? "no lowest age" : `from ${String(value)} years`];
    case "maxAge":
      return [value === null ? "no highest age" : `up to ${String(value)} years`];
    case "audiences":
      return [Array.isArray(value) ? value.join(", ") : String(value)];
    case "contactVia":
      return [value === null ? "has its own way in" : `through ${String(value)}`];
    case "noNumberReason":
      return [value === null ? "has a number" : (NO_NUMBER[String(value)] ?? String(value))];
    case "scope":
      return [value === "national" ? "a national line" : value === "stockholm" ? "Stockholm" : String(value)];
    case "organizationKey":
      return [textOf(`organizations.${String(value)}`) ?? String(value)];
  }
}
