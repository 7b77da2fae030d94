import { findService } from "./directory.server";
import type { PhoneRef } from "~/data/journeys";
import type { Phone } from "~/data/types";

export interface ResolvedPhone {
  serviceId: string;
  phone: Phone;
  /** The locale key of the line saying who the number is for, when the page gives one. */
  forKey?: string;
}

/**
 * The phone records a page names by service and index, read from the live directory, so a
 * number is never copied into a page: change it in the data and every page follows. A reference
 * the directory no longer has is left out rather than shown wrong.
 */
export function resolvePhones(refs: readonly PhoneRef[]): ResolvedPhone[] {
  return refs.flatMap((ref) => {
    const phone = findService(ref.service)?.phones[ref.phone];
    if (!phone) return [];
    return [ref.for ? { serviceId: ref.service, phone, forKey: ref.for } : { serviceId: ref.service, phone }];
  });
}
