import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AudienceChoices } from "~/components/audience-choices/audience-choices";
import { CallNow } from "~/components/call-now/call-now";
import { homeNumbers } from "~/data/home-numbers";
import { resolvePhones } from "~/directory/phone-refs.server";
import { resolveNoAnswer } from "~/utils/no-answer.server";
import { targetLink } from "~/styles/lists.css";
import { pageLabelKey, sitePages, type SitePageId } from "~/data/site-pages";
import { pageTitle } from "~/i18next.server";
import { localizedPath } from "~/utils/language-path";
import { pageMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/require-language.server";

export function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const numbers = homeNumbers.flatMap((entry) => resolvePhones([entry.phone]).map((resolved) => ({ ...resolved, for: entry.for })));
  return {
    language,
    title: pageTitle(language, "home", "title"),
    numbers,
    noAnswer: resolveNoAnswer(["emergency"]),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

/** Pages offered under "More help", each with a line on what it holds (home.json "more.<id>"). */
const MORE: SitePageId[] = ["services", "law", "anonymity", "municipalities", "safety", "campaigns", "print"];

export default function Home() {
  const { language, numbers, noAnswer } = useLoaderData<typeof loader>();
  const { t } = useTranslation("home");
  return (
    <>
      <h1>{t("title")}</h1>
      <CallNow
        heading={t("common:callNow.heading")}
        phones={numbers.map((entry) => ({ ...entry, description: t(`callNow.${entry.for}`) }))}
        noAnswer={noAnswer}
      />
      <p>{t("lead")}</p>
      <h2>{t("chooseHeading")}</h2>
      <p>{t("chooseIntro")}</p>
      <AudienceChoices language={language} />
      <h2>{t("moreHeading")}</h2>
      <ul>
        {MORE.map((page) => (
          <li key={page}>
            <a href={localizedPath(language, sitePages[page])} className={targetLink}>
              {t(pageLabelKey(page))}
            </a>
            <p>{t(`more.${page}`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
