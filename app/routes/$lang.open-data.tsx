import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/breadcrumbs/breadcrumbs";
import { defaultLanguage, supportedLanguages } from "~/i18n";
import { fixedT, pageTitle } from "~/i18next.server";
import { languageTag } from "~/utils/language-tag";
import { pageMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/require-language.server";
import { targetLink } from "~/styles/lists.css";

/** The open-data endpoints (routes open-data.hsds.*[.]json.ts). */
const SERVICES = "/open-data/hsds/services.json";
const ONE_SERVICE = "/open-data/hsds/services/kast.json";
const ORGANIZATIONS = "/open-data/hsds/organizations.json";

const CC0 = "https://creativecommons.org/publicdomain/zero/1.0/";
const CC_BY_SA = "https://creativecommons.org/licenses/by-sa/4.0/";

export function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  // Each language by its own name, for the ?lang= list.
  const otherLanguages = supportedLanguages
    .filter((code) => code !== defaultLanguage)
    .map((code) => ({ code, name: fixedT(code, "common")("languageName") }));
  return { language, otherLanguages, title: pageTitle(language, "opendata", "title") };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

/** What the open-data export publishes, where to get it and under which licence. */
export default function OpenDataPage() {
  const { language, otherLanguages } = useLoaderData<typeof loader>();
  const { t } = useTranslation("opendata");
  const endpoints = [
    { url: SERVICES, text: t("endpoints.services") },
    { url: ONE_SERVICE, text: t("endpoints.service") },
    { url: ORGANIZATIONS, text: t("endpoints.organizations") },
  ];
  return (
    <>
      <Breadcrumbs language={language} current={t("title")} />
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>

      <h2>{t("what.heading")}</h2>
      <p>{t("what.services")}</p>
      <p>{t("what.standard")}</p>
      <p>{t("what.professionals")}</p>
      <p>{t("what.extra")}</p>
      <p>{t("what.notIncluded")}</p>
      <p>{t("what.noPeople")}</p>

      <h2>{t("endpoints.heading")}</h2>
      <ul>
        {endpoints.map(({ url, text }) => (
          <li key={url}>
            <a href={url}>
              <code dir="ltr">{url}</code>
            </a>
            <br />
            {text}
          </li>
        ))}
      </ul>
      <p>{t("endpoints.language")}</p>
      <ul>
        {otherLanguages.map(({ code, name }) => (
          <li key={code}>
            <code dir="ltr">?lang={code}</code> –{" "}
            <span lang={languageTag(code)} dir="auto">
              {name}
            </span>
          </li>
        ))}
      </ul>

      <h2>{t("licence.heading")}</h2>
      <p>{t("licence.data")}</p>
      <p>{t("licence.schema")}</p>
      <p>{t("licence.links")}</p>
      <ul>
        <li>
          <a href={CC0} dir="ltr" className={targetLink}>
            CC0 1.0
          </a>
        </li>
        <li>
          <a href={CC_BY_SA} dir="ltr" className={targetLink}>
            CC BY-SA 4.0
          </a>
        </li>
      </ul>

      <h2>{t("checked.heading")}</h2>
      <p>{t("checked.date")}</p>
      <p>{t("checked.sources")}</p>
    </>
  );
}
