import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/breadcrumbs/breadcrumbs";
import { PrintableLanguageList } from "~/components/print-links/print-links";
import { PrintableThumbnail } from "~/components/printable/printable-thumbnail";
import { publicOrigin } from "~/env.server";
import { resolvePhones } from "~/directory/phone-refs.server";
import { printAudiences, printablesFor } from "~/data/printables";
import { shortPathOf } from "~/data/short-paths";
import { pageTitle } from "~/i18next.server";
import { localizedPath } from "~/utils/language-path";
import { pageMeta } from "~/utils/meta";
import { printValues } from "~/utils/print-values";
import { requireLanguage } from "~/utils/require-language.server";
import * as styles from "~/styles/print-hub.css";

export function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const host = new URL(publicOrigin(request)).host;
  return {
    language,
    title: pageTitle(language, "print", "pageName"),
    groups: printAudiences.map((audience) => ({
      audience,
      shortAddress: `${host}${shortPathOf(audience)}`,
      items: printablesFor(audience).map(({ id, format, phones }) => ({
        id,
        format,
        number: resolvePhones(phones)[0]?.phone.number ?? null,
      })),
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

/**
 * The print hub ("Material att skriva ut"): every poster and card sheet, grouped by audience, each
 * with a small picture, a link to its print-ready page in this language and in every other one.
 */
export default function PrintHubPage() {
  const { language, groups } = useLoaderData<typeof loader>();
  const { t } = useTranslation("print");
  const values = printValues(language);
  return (
    <>
      <Breadcrumbs language={language} current={t("pageName")} />
      <h1>{t("pageName")}</h1>
      <p>{t("hub.lead")}</p>
      <p>{t("hub.howTo", values)}</p>
      {groups.map(({ audience, shortAddress, items }) => (
        <section key={audience} aria-labelledby={`group-${audience}`} data-print-group={audience}>
          <h2 id={`group-${audience}`}>{t(`hub.groups.${audience}`)}</h2>
          <p>
            {t("hub.shortAddress")}{" "}
            <bdi dir="ltr" className={styles.address}>
              {shortAddress}
            </bdi>
          </p>
          <ul className={styles.items}>
            {items.map(({ id, format, number }) => (
              <li key={id} className={styles.item} data-hub-printable={id}>
                <PrintableThumbnail id={id} format={format} number={number} />
                <div className={styles.itemText}>
                  <h3 className={styles.itemTitle}>
                    <a href={localizedPath(language, `/print/${id}`)} className={styles.open}>
                      {t(`printables.${id}.title`)}
                    </a>
                  </h3>
                  <p className={styles.format}>{t(format === "poster" ? "hub.poster" : "hub.card", values)}</p>
                  <p className={styles.languagesLabel} id={`languages-${id}`}>
                    {t("hub.languages")}
                  </p>
                  <PrintableLanguageList
                    printableId={id}
                    className={styles.languages}
                    linkClassName={styles.languageLink}
                    current={language}
                    labelledBy={`languages-${id}`}
                  />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
