import { journeys, type PhoneRef } from "~/data/journeys";
import { printables } from "~/data/printables";
import type { Service } from "~/data/types";

/**
 * The promise a directory update may never break: every audience journey starts with at least one
 * number to call, and every printable card or poster carries at least one. Returns why a directory
 * would break it (empty when it would not); the store refuses such an update as a whole.
 */
export function helplineProblems(services: readonly Service[]): string[] {
  const resolves = (ref: PhoneRef) => services.find((service) => service.id === ref.service)?.phones[ref.phone] !== undefined;
  const problems: string[] = [];
  for (const journey of Object.values(journeys)) {
    if (!journey.callFirst.some(resolves)) problems.push(`the ${journey.audience} journey would have no helpline number`);
  }
  for (const printable of printables) {
    if (!printable.phones.some(resolves)) problems.push(`the printable ${printable.id} would have no helpline number`);
  }
  return problems;
}
