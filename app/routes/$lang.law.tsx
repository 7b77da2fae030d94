import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/breadcrumbs/breadcrumbs";
import { CallNow } from "~/components/call-now/call-now";
import { ContentBlock } from "~/components/content-block/content-block";
import { ContentsList } from "~/components/contents-list/contents-list";
import { PageSources } from "~/components/page-sources/page-sources";
import { LAW_LAST_CHECKED, provisions, type PrisonTerm } from "~/data/law";
import { lawCalls, lawSectionIds } from "~/data/page-calls";
import { resolvePhones } from "~/directory/phone-refs.server";
import { fixedT, pageTitle } from "~/i18next.server";
import { formatDate } from "~/utils/format-date";
import { formatUnit, formatYears, lawValues } from "~/utils/law-values";
import { pageMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/require-language.server";
import * as styles from "~/styles/table.css";

export function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const t = fixedT(language, "law");
  const penalty = (term: PrisonTerm) =>
    term.min === null
      ? t("penaltyMax", { max: formatYears(language, term.max) })
      : t("penaltyRange", {
          min: formatUnit(language, term.min, term.minUnit ?? "year"),
          max: formatYears(language, term.max),
        });
  return {
    language,
    title: pageTitle(language, "law", "title"),
    law: lawValues(language),
    // The summary table: every figure from app/data/law.ts.
    rows: provisions.map((item) => ({
      id: item.id,
      section: item.section,
      penalty: penalty(item.prison),
      gross: item.grossPrison ? t("grossForm", { penalty: penalty(item.grossPrison) }) : null,
      lesser: item.lesserPrison ? t("lesserForm", { penalty: penalty(item.lesserPrison) }) : null,
    })),
    lastChecked: formatDate(language, LAW_LAST_CHECKED),
    callTop: resolvePhones(lawCalls.top),
    callSections: Object.fromEntries(
      Object.entries(lawCalls.sections).map(([section, refs]) => [section, resolvePhones(refs)]),
    ),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

const SOURCES = [
  "law:sourcesList.penalCode",
  "law:sourcesList.bill",
  "law:sourcesList.aliensAct",
  "law:sourcesList.genderEqualityAgency",
  "sources.seed000",
  "sources.seed003",
  "sources.seed001",
];

/** What is a crime and what is not, with section references, penalties and the date checked. */
export default function LawPage() {
  const { language, law, rows, lastChecked, callTop, callSections } = useLoaderData<typeof loader>();
  const { t } = useTranslation("law");
  const heading = (id: string) => t(`sections.${id}.heading`, { ...law });
  return (
    <>
      <Breadcrumbs language={language} current={t("title")} />
      <h1>{t("title")}</h1>
      {/* Who can I call, before any paragraph of law: the buyer reading "Ja" needs KAST beside it. */}
      <CallNow heading={t("common:callWho")} phones={callTop} />
      <p>{t("lead")}</p>
      <ContentsList
        items={[
          { id: "summary", label: t("summaryHeading") },
          ...lawSectionIds.map((id) => ({ id, label: heading(id) })),
          { id: "sources", label: t("common:sources.heading") },
        ]}
      />

      <h2 id="summary">{t("summaryHeading")}</h2>
      <div className={styles.scrollRegion} role="region" aria-labelledby="summary">
        <table className={`${styles.table} ${styles.stacked}`} aria-labelledby="summary">
          <caption className={styles.caption}>{t("summaryCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columnCrime")}</th>
              <th scope="col">{t("columnSection")}</th>
              <th scope="col">{t("columnPenalty")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{t(`provisions.${row.id}`)}</th>
                <td data-label={t("columnSection")}>
                  <bdi dir="ltr" className={styles.nowrap}>
                    BrB {row.section}
                  </bdi>
                </td>
                <td data-label={t("columnPenalty")}>
                  {row.penalty}
                  {[row.gross, row.lesser].map((line) =>
                    line ? (
                      <span key={line}>
                        <br />
                        {line}
                      </span>
                    ) : null
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {lawSectionIds.map((id) => {
        const phones = callSections[id] ?? [];
        return (
          <ContentBlock
            key={id}
            i18nKey={`law:sections.${id}`}
            values={law}
            id={id}
            aside={
              phones.length > 0 ? <CallNow heading={t(`call.${id}`)} phones={phones} id={`call-${id}`} inSection /> : null
            }
          />
        );
      })}
      <PageSources sourceKeys={SOURCES} lastChecked={lastChecked} values={law} />
    </>
  );
}
