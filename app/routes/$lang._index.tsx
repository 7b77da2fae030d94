import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AudienceChoices } from "~/components/audience-choices/audience-choices";
import { CallNow } from "~/components/call-now/call-now";
import { audienceIds } from "~/data/audiences";
import { homeNationalNumbers } from "~/data/home-numbers";
import { journeys, type Journey, type PhoneRef } from "~/data/journeys";
import { resolvePhones } from "~/directory/phone-refs.server";
import { resolveNoAnswer } from "~/utils/no-answer.server";
import { targetLink } from "~/styles/lists.css";
import { pageLabelKey, sitePages, type SitePageId } from "~/data/site-pages";
import { pageTitle } from "~/i18next.server";
import { localizedPath } from "~/utils/language-path";
import { pageMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/require-language.server";
import * as styles from "~/styles/home.css";

export function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  return {
    language,
    title: pageTitle(language, "home", "title"),
    // Each tile carries the numbers its page starts with: one list, so they never disagree.
    tiles: audienceIds.map((id) => ({ id, phones: resolvePhones(tilePhones(journeys[id])) })),
    national: resolvePhones(homeNationalNumbers),
    noAnswer: resolveNoAnswer(["emergency"]),
  };
}

/**
 * A tile carries the first of the numbers its page starts with, and the others only where they are
 * the same service's (the coordinator for children and for adults, named on their buttons) or where
 * the reader must choose by their situation (someone close who sells or who buys sex: the line
 * above each says which). Under 18, BRIS joins the national lines below the tiles.
 */
function tilePhones({ callFirst, callFirstIsAChoice }: Journey): PhoneRef[] {
  if (callFirstIsAChoice) return callFirst;
  return callFirst.filter((ref) => ref.service === callFirst[0]?.service).map(({ service, phone }) => ({ service, phone }));
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

/** Pages offered under "More help", each with a line on what it holds (home.json "more.<id>"). */
const MORE: SitePageId[] = ["services", "law", "anonymity", "municipalities", "safety", "campaigns", "print"];

/**
 * Home: the title, then "Vem är du?" as tiles that carry their numbers (the way to one's own page
 * and the number to call on one first screen), then the national line open day and night and 112.
 */
export default function Home() {
  const { language, tiles, national, noAnswer } = useLoaderData<typeof loader>();
  const { t } = useTranslation("home");
  return (
    <>
      <h1 className={styles.title}>{t("title")}</h1>
      <section aria-labelledby="choose" className={styles.choose}>
        <h2 id="choose" className={styles.chooseHeading}>
          {t("chooseHeading")}
        </h2>
        <AudienceChoices
          language={language}
          tiles={tiles}
          everyone={
            <CallNow heading={t("services:nationalHeading")} phones={national} noAnswer={noAnswer} id="national" inSection />
          }
        />
      </section>
      <p>{t("lead")}</p>
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
