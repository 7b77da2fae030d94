import { useTranslation } from "react-i18next";

interface PageSourcesProps {
  /** Keys in the services namespace ("sources.seed003") or namespace-qualified keys. */
  sourceKeys: readonly string[];
  /** Already formatted in the page's language. */
  lastChecked: string;
}

/** "Sources" and "Last checked": how every factual page ends. */
export function PageSources({ sourceKeys, lastChecked }: PageSourcesProps) {
  const { t } = useTranslation("services");
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">{t("common:sources.heading")}</h2>
      <ul>
        {sourceKeys.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p>{t("common:sources.lastChecked", { date: lastChecked })}</p>
    </section>
  );
}
