import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { env } from "~/env.server";
import { Breadcrumbs } from "~/components/breadcrumbs/breadcrumbs";
import { ErrorSummary } from "~/components/error-summary/error-summary";
import { MunicipalityPicker, PICKER_FIELD_ID } from "~/components/municipality-picker/municipality-picker";
import { OfferExplained } from "~/components/municipality-picker/offer-explained";
import { COUNTY_OFFER_STATUS_YEAR, findMunicipality, municipalities } from "~/data/municipalities";
import { fixedT, pageTitle } from "~/i18next.server";
import { localizedPath } from "~/utils/language-path";
import { pageMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/require-language.server";
import * as lists from "~/styles/lists.css";
import * as styles from "~/styles/table.css";

export function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const choice = new URL(request.url).searchParams.get("municipality");
  // The static mirror cannot answer the form: the list of all 26 below it is the way in.
  const base = { language, year: COUNTY_OFFER_STATUS_YEAR, staticMirror: env.staticMirror };
  if (choice === null) {
    return data({ ...base, title: pageTitle(language, "municipalities", "title"), unknownChoice: false, emptyChoice: false });
  }
  // Sent with nothing chosen: answered here, in the page's language, as the filter's errors are
  // (the form has no `required`, whose message would come in the browser's language).
  if (choice.trim() === "") {
    const title = fixedT(language, "common")("errors.title", { title: pageTitle(language, "municipalities", "title") });
    return data({ ...base, title, unknownChoice: false, emptyChoice: true });
  }
  // The form's answer gets the municipality's own address (shareable, cacheable).
  const found = findMunicipality(choice);
  if (found) throw redirect(localizedPath(language, `/municipalities/${found.slug}`), 302);
  const t = fixedT(language, "municipalities");
  return data(
    { ...base, title: t("common:titleTemplate", { page: t("notFoundTitle") }), unknownChoice: true, emptyChoice: false },
    { status: 404 }
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, matches }) =>
  pageMeta(loaderData?.title, matches);

/** "Which support does my municipality offer?": pick one of the county's 26. */
export default function MunicipalitiesPage() {
  const { language, year, unknownChoice, emptyChoice, staticMirror } = useLoaderData<typeof loader>();
  const { t } = useTranslation("municipalities");
  const action = localizedPath(language, "/municipalities");
  return (
    <>
      <Breadcrumbs language={language} current={t("title")} />
      {emptyChoice ? <ErrorSummary problems={[{ target: PICKER_FIELD_ID, message: t("formEmpty") }]} /> : null}
      {unknownChoice ? (
        <>
          <h1>{t("notFoundTitle")}</h1>
          <p role="alert">{t("notFoundBody")}</p>
        </>
      ) : (
        <>
          <h1>{t("title")}</h1>
          <p>{t("lead", { year })}</p>
        </>
      )}
      {staticMirror ? null : <MunicipalityPicker action={action} emptyChoice={emptyChoice} />}

      <h2 id="all">{t("allHeading")}</h2>
      <div className={styles.scrollRegion} role="region" aria-labelledby="all">
        <table className={styles.table} aria-labelledby="all">
          <thead>
            <tr>
              <th scope="col">{t("columns.municipality")}</th>
              <th scope="col">{t("columns.status")}</th>
            </tr>
          </thead>
          <tbody>
            {municipalities.map((item) => (
              <tr key={item.slug}>
                <th scope="row" className={styles.wholeWords}>
                  <a
                    href={localizedPath(language, `/municipalities/${item.slug}`)}
                    lang="sv"
                    className={lists.targetLink}
                  >
                    {item.name}
                  </a>
                </th>
                <td>{t(`status.${item.status}`, { year })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <OfferExplained />
      <p>{t("sourceNote")}</p>
    </>
  );
}
