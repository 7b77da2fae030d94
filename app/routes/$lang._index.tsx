import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AudienceChoices } from "~/components/audience-choices/audience-choices";
import { pageLabelKey, sitePages, type SitePageId } from "~/data/site-pages";
import { pageTitle } from "~/i18next.server";
import { localizedPath } from "~/utils/language-path";
import { pageMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/require-language.server";

export function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  return { language, title: pageTitle(language, "home", "title") };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

/** Pages offered under "More help", each with a line on what it holds (home.json "more.<id>"). */
const MORE: SitePageId[] = ["services", "law", "anonymity", "municipalities", "safety", "campaigns"];

export default function Home() {
  const { language } = useLoaderData<typeof loader>();
  const { t } = useTranslation("home");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      <h2>{t("chooseHeading")}</h2>
      <p>{t("chooseIntro")}</p>
      <AudienceChoices language={language} />
      <h2>{t("moreHeading")}</h2>
      <ul>
        {MORE.map((page) => (
          <li key={page}>
            <a href={localizedPath(language, sitePages[page])}>{t(pageLabelKey(page))}</a>
            <p>{t(`more.${page}`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
