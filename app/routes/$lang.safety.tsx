import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/breadcrumbs/breadcrumbs";
import { pageTitle } from "~/i18next.server";
import { pageMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/require-language.server";

export function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  return { language, title: pageTitle(language, "safety", "title") };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

/** What the quick exit does and does not do, and how to leave fewer traces. */
export default function SafetyPage() {
  const { language } = useLoaderData<typeof loader>();
  const { t } = useTranslation("safety");
  return (
    <>
      <Breadcrumbs language={language} current={t("title")} />
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>

      <h2>{t("button.heading")}</h2>
      <p>{t("button.what")}</p>
      <p>{t("button.shift")}</p>
      <p>{t("button.back")}</p>

      <h2>{t("limits.heading")}</h2>
      <p>{t("limits.history")}</p>
      <p>{t("limits.earlier")}</p>
      <p>{t("limits.advice")}</p>

      <h2>{t("private.heading")}</h2>
      <p>{t("private.intro")}</p>
      <ul>
        <li>{t("private.chrome")}</li>
        <li>{t("private.safari")}</li>
        <li>{t("private.firefox")}</li>
      </ul>

      <h2>{t("clear.heading")}</h2>
      <p>{t("clear.intro")}</p>
      <p>{t("clear.careful")}</p>

      <h2>{t("calls.heading")}</h2>
      {/* What shows where (FACTS.md, cost of a call): the call log, the bill for 08, not for 020. */}
      <ul>
        <li>{t("calls.log")}</li>
        <li>{t("calls.bill")}</li>
        <li>{t("calls.free")}</li>
      </ul>

      <h2>{t("site.heading")}</h2>
      <p>{t("site.nothing")}</p>
    </>
  );
}
