/**
 * The five "who are you?" choices on the home page. Each has a page listing the services for it;
 * its copy lives in locales/<lng>/audiences.json under the same id.
 */
export const audienceIds = ["selling", "buying", "under-18", "close-to-someone", "professionals"] as const;
export type AudienceId = (typeof audienceIds)[number];

export function isAudienceId(value: string | undefined): value is AudienceId {
  return (audienceIds as readonly string[]).includes(value ?? "");
}
