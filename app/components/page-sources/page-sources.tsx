import { useTranslation } from "react-i18next";

interface PageSourcesProps {
  /** Keys in the services namespace ("sources.seed003") or namespace-qualified keys. */
  sourceKeys: readonly string[];
  /** Already formatted in the page's language. */
  lastChecked: string;
  /** Values for {{placeholders}} in the source lines (statute numbers and sections come from data). */
  values?: Record<string, string>;
}

/** "Sources" and "Last checked": how every factual page ends. */
export function PageSources({ sourceKeys, lastChecked, values }: PageSourcesProps) {
  const { t } = useTranslation("services");
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">{t("common:sources.heading")}</h2>
      <ul>
        {sourceKeys.map((key) => (
          <li key={key}>{t(key, values)}</li>
        ))}
      </ul>
      <p>{t("common:sources.lastChecked", { date: lastChecked })}</p>
    </section>
  );
}
