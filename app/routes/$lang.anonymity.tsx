import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ArticlePage } from "~/components/article-page/article-page";
import { contentPageLoader } from "~/utils/content-page.server";
import { localizedPath } from "~/utils/language-path";
import { pageMeta } from "~/utils/meta";
import { targetLink } from "~/styles/lists.css";

export const loader = contentPageLoader("anonymity");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

const SECTIONS = ["which", "meaning", "secrecy", "limits", "site", "hide"];

/** What anonymity really means, professional secrecy and its limits, and what this site keeps. */
export default function AnonymityPage() {
  const { language } = useLoaderData<typeof loader>();
  const { t } = useTranslation("anonymity");
  return (
    <ArticlePage language={language} ns="anonymity" sections={SECTIONS}>
      <ul>
        <li>
          <a href={localizedPath(language, "/safety")} className={targetLink}>{t("safetyLink")}</a>
        </li>
        <li>
          <a href={localizedPath(language, "/privacy")} className={targetLink}>{t("privacyLink")}</a>
        </li>
      </ul>
    </ArticlePage>
  );
}
