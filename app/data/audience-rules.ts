import type { AudienceId } from "./audiences";

/**
 * Who a service is meant for, beyond its audiences and age limits (shared/FACTS.md, "Notes on
 * reaching them"): the directory's filter answers a person only with services meant for them.
 */

/**
 * An audience a service serves only up to an age. Stödcentrum serves people who sell or exchange
 * sex only under 18 (seed 001); from 18 they are referred to Mikamottagningen (seed 003).
 */
export const audienceMaxAge: Readonly<Record<string, Partial<Record<AudienceId, number>>>> = {
  stodcentrum: { selling: 17 },
};

/**
 * Audiences in which a reader under 18 is first of all a child who may be exploited: every
 * service for under-18s is theirs (a child who sells sex is always the victim).
 */
export const childFirstAudiences: readonly AudienceId[] = ["under-18", "selling"];

/**
 * Lines for every young person, whatever brings them: a child who buys sex, or who worries about
 * someone close, may call these, but is never shown child-protection or victim services
 * (Barnahus, Stödcentrum, Ungdomsjouren, the coordinators) as if they were for him.
 */
export const everyYoungPerson: readonly string[] = ["bris", "youth-clinics"];
