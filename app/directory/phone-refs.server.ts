import { findService } from "./directory.server";
import type { PhoneRef } from "~/data/journeys";
import type { Phone } from "~/data/types";

export interface ResolvedPhone {
  serviceId: string;
  phone: Phone;
}

/**
 * The phone records a page names by service and index, read from the live directory, so a
 * number is never copied into a page: change it in the data and every page follows. A reference
 * the directory no longer has is left out rather than shown wrong.
 */
export function resolvePhones(refs: readonly PhoneRef[]): ResolvedPhone[] {
  return refs.flatMap((ref) => {
    const phone = findService(ref.service)?.phones[ref.phone];
    return phone ? [{ serviceId: ref.service, phone }] : [];
  });
}
