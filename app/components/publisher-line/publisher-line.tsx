import { Trans, useTranslation } from "react-i18next";

export interface Publisher {
  name: string;
  url: string | null;
}

/**
 * Who publishes the site (SITE_PUBLISHER_NAME / SITE_PUBLISHER_URL). Unset, the site says
 * honestly what it is: an independent directory built on Stockholm city's published documents,
 * not the city's own site.
 */
export function PublisherLine({ publisher, className }: { publisher: Publisher | null; className?: string }) {
  const { t } = useTranslation("common");
  if (!publisher) return <p className={className}>{t("publisher.independent")}</p>;
  return (
    <p className={className} data-publisher="">
      <Trans
        t={t}
        i18nKey="publisher.publishedBy"
        values={{ name: publisher.name }}
        components={{ publisher: publisher.url ? <a href={publisher.url} rel="noreferrer" /> : <span /> }}
      />
    </p>
  );
}
