import { readApprovals } from "./approvals.server";
import { DirectoryStore } from "./directory-store.server";
import { fromHsdsService, hsdsSlugOf } from "./hsds.server";
import { hasOwnText } from "./translation-keys";
import { env } from "~/env.server";
import { embeddedServices } from "~/data/services";
import type { Service } from "~/data/types";
import { defaultLanguage } from "~/i18n";
import { i18nFor } from "~/i18next.server";

/**
 * The directory as the routes see it: the embedded data, or — when DIRECTORY_SOURCE_URL is set —
 * the last good data from that HSDS source, refreshed every DIRECTORY_REFRESH_MINUTES and never
 * waited on longer than DIRECTORY_TIMEOUT_SECONDS (see directory-store.server.ts). A change to what
 * a visitor is told is held until the approvals file (DIRECTORY_APPROVALS) lists it.
 */

const sourceUrl = env.directorySource.url;

const store = new DirectoryStore({
  initial: embeddedServices,
  url: sourceUrl ?? "",
  decode: fromHsdsService,
  identify: hsdsSlugOf,
  // The Swedish texts are the source of every translation (tests/unit/locales.test.ts keeps parity).
  hasText: (key) => hasOwnText(i18nFor(defaultLanguage).getResourceBundle(defaultLanguage, "services"), key),
  approvals: () => readApprovals(env.directoryApprovals),
  refreshMs: env.directorySource.refreshMs,
  timeoutMs: env.directorySource.timeoutMs,
});
if (sourceUrl) store.start();

/** Changes whenever the directory's data does (see DirectoryStore.version). */
export function directoryVersion(): number {
  return store.version;
}

export function listServices(): readonly Service[] {
  return store.current();
}

export function findService(id: string): Service | undefined {
  return store.current().find((service) => service.id === id);
}

/** The services with these ids, in this order; an id the directory no longer has is skipped. */
export function findServices(ids: readonly string[]): Service[] {
  return ids.map((id) => findService(id)).filter((service): service is Service => service !== undefined);
}
