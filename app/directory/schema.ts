import { z } from "zod";
import { audienceIds } from "~/data/audiences";
import { phoneNumberProblem, WRITTEN_NUMBER } from "./phone-numbers";

/**
 * Runtime validation of the directory. The same schema will validate records from a remote
 * HSDS source later, so a bad record is rejected at the door and never reaches a page.
 * Fields map onto HSDS 3.0: service (id, status, fees, eligibility: min/max age), phone
 * (number, description) and organization.
 */

/** A custom issue: `message` for people reading a test, `kind` (quoting nothing) for a log line. */
function addIssue(ctx: z.RefinementCtx, message: string, kind: string): void {
  ctx.addIssue({ code: z.ZodIssueCode.custom, message, params: { kind } });
}

const slug = z.string().max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lower-case words joined by hyphens");
/** A real calendar date written YYYY-MM-DD: "2026-13-45" and "2026-02-30" are refused. */
export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The earliest date a record may say it was checked. No service in this directory can have been
 * checked before 2000 (the oldest document it rests on is the city's programme of 2005); an
 * assured_date of 0000-01-01 would otherwise be shown as "Senast kontrollerad: 1 januari 1".
 * The latest is tomorrow, checked where the clock is known (directory-store.server.ts).
 */
export const EARLIEST_CHECK_DATE = "2000-01-01";

const isoDate = z
  .string()
  .refine(isRealDate, { message: "a real date written YYYY-MM-DD", params: { kind: "not a real date written YYYY-MM-DD" } })
  .refine((value) => value >= EARLIEST_CHECK_DATE, {
    message: `not before ${EARLIEST_CHECK_DATE}`,
    params: { kind: `before ${EARLIEST_CHECK_DATE}` },
  });
const translationKey = z.string().max(80).regex(/^[a-zA-Z0-9_.-]+$/);

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
    // The message may quote the number; a log shows only the kind (app/directory/safe-log.ts).
    if (problem) addIssue(ctx, problem, "not a number we publish");
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
    audiences: z.array(z.enum(audienceIds)).min(1).max(audienceIds.length),
    minAge: z.number().int().min(0).max(120).nullable(),
    maxAge: z.number().int().min(0).max(120).nullable(),
    free: tristate,
    anonymous: tristate,
    phones: z.array(phoneSchema).max(10),
    /** Reached through another service rather than its own number (Mika Hälsa, IOM). */
    contactVia: slug.nullable(),
    /** Open around the clock, only where the facts say so (112, Kvinnofridslinjen). Otherwise
     * no hours are shown: we never guess an opening hour. */
    openDayAndNight: z.boolean(),
    /** Why no phone number is shown, when there is none. */
    noNumberReason: z.enum(["not-in-sources", "unconfirmed", "contact-via", "many-places"]).nullable(),
    sources: z.array(sourceSchema).min(1).max(20),
    lastChecked: isoDate,
  })
  .superRefine((service, ctx) => {
    if (service.minAge !== null && service.maxAge !== null && service.minAge > service.maxAge) {
      addIssue(ctx, `${service.id}: minAge above maxAge`, "minAge above maxAge");
    }
    if (service.phones.length === 0 && service.noNumberReason === null) {
      addIssue(ctx, `${service.id}: no phone and no reason given`, "no phone and no reason given");
    }
    if (service.phones.length > 0 && service.noNumberReason !== null) {
      addIssue(ctx, `${service.id}: has phones but claims none`, "has phones but claims none");
    }
    if ((service.noNumberReason === "contact-via") !== (service.contactVia !== null)) {
      addIssue(ctx, `${service.id}: contactVia and its reason go together`, "contactVia and its reason go together");
    }
  });

export const directorySchema = z.array(serviceSchema).superRefine((services, ctx) => {
  const ids = new Set<string>();
  for (const service of services) {
    if (ids.has(service.id)) {
      addIssue(ctx, `duplicate id ${service.id}`, "an id given twice");
    }
    ids.add(service.id);
  }
  for (const service of services) {
    if (service.contactVia !== null && !ids.has(service.contactVia)) {
      addIssue(ctx, `${service.id}: contactVia ${service.contactVia} unknown`, "contactVia names no service of the directory");
    }
  }
});
