import { noAnswerPhones, type NoAnswerKind } from "~/data/no-answer";
import { resolvePhones, type ResolvedPhone } from "~/directory/phone-refs.server";

/** The "Svarar ingen?" numbers for a page, read from the live directory (see app/data/no-answer.ts). */
export function resolveNoAnswer(kinds: readonly NoAnswerKind[]): (ResolvedPhone & { kind: NoAnswerKind })[] {
  return kinds.flatMap((kind) => resolvePhones([noAnswerPhones[kind]]).map((resolved) => ({ ...resolved, kind })));
}
