import type { AudienceId } from "./audiences";
import type { PhoneRef } from "./journeys";
import type { Service } from "./types";

/**
 * "Svarar ingen?": what else can be called when a helpline that is not open day and night does
 * not answer, chosen for who reads the page (shared/FACTS.md, national lines):
 * 112 in danger, for everyone; Kvinnofridslinjen (open day and night) for people subjected to
 * violence, never on the buyer's pages; BRIS for under-18s (the facts give no hours for BRIS).
 */
export const noAnswerKinds = ["emergency", "violence", "under18"] as const;
export type NoAnswerKind = (typeof noAnswerKinds)[number];

export const noAnswerPhones: Record<NoAnswerKind, PhoneRef> = {
  emergency: { service: "emergency-112", phone: 0 },
  violence: { service: "kvinnofridslinjen", phone: 0 },
  under18: { service: "bris", phone: 0 },
};

/** On an audience's journey. */
export const noAnswerForAudience: Record<AudienceId, NoAnswerKind[]> = {
  selling: ["emergency", "violence"],
  buying: ["emergency"],
  "under-18": ["emergency", "under18"],
  "close-to-someone": ["emergency", "violence"],
  professionals: ["emergency"],
};

/**
 * On a service's own page: nothing when it is open day and night. A service we show no number for
 * gets the same next steps (a number that can be called), unless its note already names the
 * service that answers for it (contact-via) or the page offers numbers to call instead (Barnahus).
 */
export function noAnswerForService(
  service: Pick<Service, "id" | "audiences" | "maxAge" | "minAge" | "phones" | "openDayAndNight" | "noNumberReason">,
): NoAnswerKind[] {
  if (service.openDayAndNight) return [];
  const hasPublicNumber = service.phones.some((phone) => phone.audience === "public");
  if (!hasPublicNumber && (service.noNumberReason === null || service.noNumberReason === "contact-via")) return [];
  const kinds: NoAnswerKind[] = ["emergency"];
  const forBuyers = service.audiences.includes("buying");
  const facesViolence = service.audiences.some((audience) => ["selling", "under-18", "close-to-someone"].includes(audience));
  if (!forBuyers && facesViolence) kinds.push("violence");
  const forChildren = service.audiences.includes("under-18") || (service.minAge !== null && service.minAge < 18);
  if (forChildren && service.id !== noAnswerPhones.under18.service) kinds.push("under18");
  return kinds;
}
