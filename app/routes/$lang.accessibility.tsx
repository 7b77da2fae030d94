import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ArticlePage } from "~/components/article-page/article-page";
import { env, publicOrigin } from "~/env.server";
import { pageTitle } from "~/i18next.server";
import { defaultFeedbackEmail } from "~/utils/feedback-email";
import { formatDate } from "~/utils/format-date";
import { pageMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/require-language.server";
import { targetLink } from "~/styles/lists.css";

/** When the statement was last reviewed against the site (update with every assessment). */
const STATEMENT_UPDATED = "2026-11-24";

/** DIGG's form for reporting a lack of accessibility under the DOS law. */
const DIGG_COMPLAINT_URL = "https://www.digg.se/tdosanmalan";

export function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  return {
    language,
    title: pageTitle(language, "accessibility", "title"),
    updated: formatDate(language, STATEMENT_UPDATED),
    // Never without a contact (the DOS law): FEEDBACK_EMAIL, else the site's webmaster (RFC 2142).
    feedbackEmail: env.feedbackEmail ?? defaultFeedbackEmail(publicOrigin(request)),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

const SECTIONS = ["status", "works", "gaps", "method", "feedback", "supervision"];

/** The accessibility statement the Swedish DOS law asks for, in DIGG's order. */
export default function AccessibilityPage() {
  const { language, updated, feedbackEmail } = useLoaderData<typeof loader>();
  const { t } = useTranslation("accessibility");
  return (
    <ArticlePage language={language} ns="accessibility" sections={SECTIONS}>
      <ul>
        {feedbackEmail ? (
          <li>
            <a href={`mailto:${feedbackEmail}`} className={targetLink}>{t("feedbackEmail", { email: feedbackEmail })}</a>
          </li>
        ) : null}
        <li>
          <a href={DIGG_COMPLAINT_URL} rel="noreferrer" hrefLang="sv" className={targetLink}>
            {t("diggLink")} <span className="visually-hidden">{t("common:externalLink")}</span>
          </a>
        </li>
      </ul>
      <p>{t("updated", { date: updated })}</p>
    </ArticlePage>
  );
}
