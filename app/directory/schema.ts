import { z } from "zod";
import { audienceIds } from "~/data/audiences";
import { phoneNumberProblem, WRITTEN_NUMBER } from "./phone-numbers";

/**
 * Runtime validation of the directory. The same schema will validate records from a remote
 * HSDS source later, so a bad record is rejected at the door and never reaches a page.
 * Fields map onto HSDS 3.0: service (id, status, fees, eligibility: min/max age), phone
 * (number, description) and organization.
 */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lower-case words joined by hyphens");
/** A real calendar date written YYYY-MM-DD: "2026-13-45" and "2026-02-30" are refused. */
export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const isoDate = z.string().refine(isRealDate, "a real date written YYYY-MM-DD");
const translationKey = z.string().regex(/^[a-zA-Z0-9_.-]+$/);

export const phoneSchema = z
  .object({
    /** As written in Swedish for reading: "08-508 257 40". */
    number: z.string().regex(WRITTEN_NUMBER, "digits, spaces and hyphens"),
    /** E.164 for dialling, or null for a national short number (112, 114 14, 116 111); checked
     * with libphonenumber-js against the written number (phone-numbers.ts). */
    e164: z.string().max(16).nullable(),
    /** Who may call it: everyone, or only professionals (e.g. Barnahus consultation, NMT). */
    audience: z.enum(["public", "professionals"]),
    /** Key in the services namespace describing the line ("Reception, Framtid Stockholm"). */
    descriptionKey: translationKey,
  })
  .superRefine((phone, ctx) => {
    if (typeof phone.number !== "string" || !WRITTEN_NUMBER.test(phone.number)) return; // reported above
    const problem = phoneNumberProblem(phone.number, phone.e164);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  });

const sourceSchema = z.discriminatedUnion("kind", [
  /** One of the seed documents in shared/seeds/, by file name. */
  z.object({ kind: z.literal("seed"), file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/) }),
  /** A public fact checked against official sources (FACTS.md, confidence P). */
  z.object({ kind: z.literal("public"), key: translationKey }),
]);

/** Whether the sources say something: yes, no, or they do not say. */
const tristate = z.enum(["yes", "no", "unknown"]);

export const serviceSchema = z
  .object({
    id: slug,
    /** Local to Stockholm (city or county) or a national line. */
    scope: z.enum(["stockholm", "national"]),
    organizationKey: translationKey,
    audiences: z.array(z.enum(audienceIds)).min(1),
    minAge: z.number().int().min(0).max(120).nullable(),
    maxAge: z.number().int().min(0).max(120).nullable(),
    free: tristate,
    anonymous: tristate,
    phones: z.array(phoneSchema),
    /** Reached through another service rather than its own number (Mika Hälsa, IOM). */
    contactVia: slug.nullable(),
    /** Open around the clock, only where the facts say so (112, Kvinnofridslinjen). Otherwise
     * no hours are shown: we never guess an opening hour. */
    openDayAndNight: z.boolean(),
    /** Why no phone number is shown, when there is none. */
    noNumberReason: z.enum(["not-in-sources", "unconfirmed", "contact-via", "many-places"]).nullable(),
    sources: z.array(sourceSchema).min(1),
    lastChecked: isoDate,
  })
  .superRefine((service, ctx) => {
    if (service.minAge !== null && service.maxAge !== null && service.minAge > service.maxAge) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${service.id}: minAge above maxAge` });
    }
    if (service.phones.length === 0 && service.noNumberReason === null) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${service.id}: no phone and no reason given` });
    }
    if (service.phones.length > 0 && service.noNumberReason !== null) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${service.id}: has phones but claims none` });
    }
    if ((service.noNumberReason === "contact-via") !== (service.contactVia !== null)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${service.id}: contactVia and its reason go together` });
    }
  });

export const directorySchema = z.array(serviceSchema).superRefine((services, ctx) => {
  const ids = new Set<string>();
  for (const service of services) {
    if (ids.has(service.id)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `duplicate id ${service.id}` });
    }
    ids.add(service.id);
  }
  for (const service of services) {
    if (service.contactVia !== null && !ids.has(service.contactVia)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${service.id}: contactVia ${service.contactVia} unknown` });
    }
  }
});
