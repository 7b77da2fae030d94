import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/breadcrumbs/breadcrumbs";
import { DirectoryFilter } from "~/components/directory-filter/directory-filter";
import { ErrorSummary } from "~/components/directory-filter/error-summary";
import { ServiceList } from "~/components/service-card/service-list";
import { env } from "~/env.server";
import { listServices } from "~/directory/directory.server";
import { callableFirst, filterServices, isFilterActive, isMinor } from "~/directory/filter-services";
import { fixedT, pageTitle } from "~/i18next.server";
import { readDirectoryQuery } from "~/utils/directory-query";
import { localizedPath } from "~/utils/language-path";
import { pageMeta } from "~/utils/meta";
import { targetLink } from "~/styles/lists.css";
import { requireLanguage } from "~/utils/require-language.server";

export function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { searchParams } = new URL(request.url);
  const query = readDirectoryQuery(searchParams);
  const t = fixedT(language, "services");
  const sv = fixedT("sv", "services");
  // Found by what the reader sees in their language, and by the Swedish names everyone uses.
  const searchable = (service: { id: string }) =>
    ["name", "summary", "forWhom", "offers"].map((field) => `${t(`${service.id}.${field}`)} ${sv(`${service.id}.${field}`)}`).join(" ");
  const services = filterServices(listServices(), query.filter, searchable);
  return {
    language,
    // The static mirror cannot answer a query: it shows the whole list without the filter form.
    staticMirror: env.staticMirror,
    // An error is the first thing heard: "Fel: …" in the title (WCAG 3.3.1).
    title: query.invalid.length
      ? fixedT(language, "common")("errors.title", { title: pageTitle(language, "services", "listTitle") })
      : pageTitle(language, "services", "listTitle"),
    // The form was sent (even empty): the page answers with its results, where the form jumps.
    filtered: isFilterActive(query.filter) || [...searchParams.keys()].length > 0,
    minor: isMinor(query.filter),
    values: query.values,
    invalid: query.invalid,
    count: services.length,
    local: callableFirst(services.filter((service) => service.scope === "stockholm")),
    national: callableFirst(services.filter((service) => service.scope === "national")),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

export default function ServicesPage() {
  const { language, staticMirror, filtered, minor, values, invalid, count, local, national } = useLoaderData<typeof loader>();
  const { t } = useTranslation("services");
  const listPath = localizedPath(language, "/services");
  // The form's answer opens at #results (its action carries the fragment: no script needed), and
  // the browser focuses what the fragment names (tabindex -1): the error summary when something
  // could not be used, else the heading that says how many matched.
  const errors = invalid.length > 0;
  return (
    <>
      <Breadcrumbs language={language} current={t("listTitle")} />
      {errors ? (
        <div id="results" tabIndex={-1}>
          <ErrorSummary fields={invalid} />
        </div>
      ) : null}
      <h1>{t("listTitle")}</h1>
      <p>{t("listIntro")}</p>
      {staticMirror ? null : <DirectoryFilter action={`${listPath}#results`} values={values} invalid={invalid} />}
      {filtered ? (
        <>
          <h2 id={errors ? "results-count" : "results"} tabIndex={-1} data-results-count={count}>
            {t("filter.results", { count })}
          </h2>
          {minor ? (
            <p>
              <a href={localizedPath(language, "/help/under-18")}>{t("filter.under18Link")}</a>
            </p>
          ) : null}
          {count === 0 ? (
            <>
              <p>{t("filter.noResults")}</p>
              <p>{t("filter.noResultsHelp")}</p>
            </>
          ) : null}
          <p>
            <a href={listPath} className={targetLink}>
              {t("filter.clear")}
            </a>
          </p>
        </>
      ) : null}
      {local.length > 0 ? (
        <>
          <h2>{t("stockholmHeading")}</h2>
          <ServiceList services={local} language={language} />
        </>
      ) : null}
      {national.length > 0 ? (
        <>
          <h2>{t("nationalHeading")}</h2>
          <ServiceList services={national} language={language} />
        </>
      ) : null}
    </>
  );
}
