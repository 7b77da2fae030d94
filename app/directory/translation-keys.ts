import { sharedPhoneLabels } from "~/data/services";
import type { Service } from "~/data/types";

/**
 * Translation keys a directory record names (its texts, organization, sources and phone labels)
 * must exist in the locale files as the record's own keys. A key is looked up step by step with
 * Object.hasOwn, so "sources.__proto__" or "kast.constructor" never counts as found, and it must
 * end in a string: a key that names a group of texts is not a text.
 */

export type HasText = (key: string) => boolean;

/** Whether `key` ("kast.phone") names a non-empty string in this tree of texts, by own properties only. */
export function hasOwnText(tree: unknown, key: string): boolean {
  let node: unknown = tree;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object" || Array.isArray(node) || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" && node.length > 0;
}

/** Seed file "003_60a5afc8d166f479.txt" → "sources.seed003"; a public fact → "sources.<key>". */
export function sourceKey(source: Service["sources"][number]): string {
  return source.kind === "seed" ? `sources.seed${source.file.slice(0, 3)}` : `sources.${source.key}`;
}

/** Whether a phone label belongs to this service: under its own id, or shared with it by name. */
export function labelBelongsTo(descriptionKey: string, serviceId: string): boolean {
  if (descriptionKey.startsWith(`${serviceId}.`)) return true;
  return Object.hasOwn(sharedPhoneLabels, descriptionKey) && (sharedPhoneLabels[descriptionKey] ?? []).includes(serviceId);
}

/** Every problem with the keys a service names (in the services namespace); empty when none. */
export function translationKeyProblems(service: Service, hasText: HasText): string[] {
  const problems: string[] = [];
  for (const field of ["name", "summary", "forWhom", "offers"]) {
    if (!hasText(`${service.id}.${field}`)) problems.push(`no text ${service.id}.${field} in the locale files`);
  }
  if (!hasText(`organizations.${service.organizationKey}`)) problems.push("organizationKey: no such organization in the locale files");
  service.sources.forEach((source, index) => {
    if (!hasText(sourceKey(source))) problems.push(`sources.${index}: no such source in the locale files`);
  });
  service.phones.forEach((phone, index) => {
    if (!hasText(phone.descriptionKey)) {
      problems.push(`phones.${index}.descriptionKey: no such label in the locale files`);
    } else if (!labelBelongsTo(phone.descriptionKey, service.id)) {
      problems.push(`phones.${index}.descriptionKey: another service's label`);
    }
  });
  return problems;
}
