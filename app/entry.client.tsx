import { RemixBrowser } from "@remix-run/react";
import { createInstance, type Resource } from "i18next";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { defaultLanguage, isSupportedLanguage, namespaces } from "~/i18n";

/**
 * Only pages whose route sets `handle = { hydrate: true }` load this (see root.tsx). It loads
 * that language's translations from our own origin, then hydrates with the same strings the
 * server rendered.
 */
async function hydrate() {
  const htmlLang = document.documentElement.lang;
  const language = isSupportedLanguage(htmlLang) ? htmlLang : defaultLanguage;
  const bundles = await Promise.all(
    namespaces.map(async (ns) => {
      const response = await fetch(`/locales/${language}/${ns}.json`);
      return [ns, (await response.json()) as Record<string, unknown>] as const;
    }),
  );
  const resources: Resource = { [language]: Object.fromEntries(bundles) };
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    ns: [...namespaces],
    defaultNS: "common",
    resources,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18n}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

void hydrate();
