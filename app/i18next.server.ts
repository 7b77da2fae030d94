import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createInstance, type i18n as I18n, type Resource } from "i18next";
import { initReactI18next } from "react-i18next";
import { env } from "~/env.server";
import { defaultLanguage, namespaces, supportedLanguages, type Language } from "~/i18n";
import { lawValues } from "~/utils/law-values";
import { recordRenderedKeys, replaceStaleWithSwedish } from "~/utils/translation-status.server";

/**
 * Server-side i18next. All translations are read once at start from locales/<lng>/<ns>.json, and
 * one initialised instance per language is kept: a request only picks the instance of its
 * language (its language never changes), so no i18next instance is built per request.
 */

const localesDir = env.localesDir;

function loadResources(): Resource {
  const resources: Resource = {};
  for (const language of supportedLanguages) {
    resources[language] = {};
    for (const ns of namespaces) {
      const file = join(localesDir, language, `${ns}.json`);
      resources[language][ns] = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    }
  }
  // A string whose Swedish changed since it was translated shows the Swedish (translation-status.server.ts).
  replaceStaleWithSwedish(resources);
  return resources;
}

const resources = loadResources();
const instances = new Map<Language, I18n>();

export function i18nFor(language: Language): I18n {
  let instance = instances.get(language);
  if (!instance) {
    instance = createInstance();
    void instance.use(initReactI18next).use(recordRenderedKeys).init({
      lng: language,
      fallbackLng: false,
      supportedLngs: [...supportedLanguages],
      ns: [...namespaces],
      defaultNS: "common",
      resources,
      initImmediate: false,
      // React escapes. Figures (section references, prison terms, dates, statute numbers) are
      // default variables from app/data/law.ts: any string may use them, none may type them.
      interpolation: { escapeValue: false, defaultVariables: lawValues(language) },
      returnNull: false,
      // Records the keys a page renders, so its draft note can be precise (translation-status.server.ts).
      postProcess: [recordRenderedKeys.name],
      postProcessPassResolved: true,
      react: { useSuspense: false },
    });
    instances.set(language, instance);
  }
  return instance;
}

/** A t function for loaders and meta (page titles), fixed to a language and namespace. */
export function fixedT(language: Language, ns: (typeof namespaces)[number]) {
  return i18nFor(language).getFixedT(language, ns);
}

/** "<page> – Stödlinjer" in the page's language, for <title>. */
export function pageTitle(language: Language, ns: (typeof namespaces)[number], key: string): string {
  const t = fixedT(language, ns);
  return t("common:titleTemplate", { page: t(key) });
}
