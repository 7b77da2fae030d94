import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CallNow } from "~/components/call-now/call-now";
import { homeNumbers } from "~/data/home-numbers";
import { resolvePhones } from "~/directory/phone-refs.server";
import { pageTitle } from "~/i18next.server";
import { localizedPath } from "~/utils/language-path";
import { pageMeta } from "~/utils/meta";
import { resolveNoAnswer } from "~/utils/no-answer.server";
import { requireLanguage } from "~/utils/require-language.server";
import { cachePolicy } from "~/utils/cache-policy.js";

/**
 * What a visitor gets when the site cannot answer: "Something went wrong" and the seed helplines
 * (the home page's "Ring nu"), under the safety bar with 112 and the quick exit. Node answers it
 * with 503 and it is in no sitemap; `npm run export` stores it as <lang>/unavailable.html, which
 * deploy/nginx.conf serves when Node is down and neither its cache nor the static mirror has the
 * address asked for.
 */
export function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const numbers = homeNumbers.flatMap((entry) => resolvePhones([entry.phone]).map((resolved) => ({ ...resolved, for: entry.for })));
  return data(
    { language, title: pageTitle(language, "common", "error.title"), numbers, noAnswer: resolveNoAnswer(["emergency"]) },
    { status: 503, headers: { "Cache-Control": cachePolicy.noStore } },
  );
}

export const headers = ({ loaderHeaders }: { loaderHeaders: Headers }) => loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ data: page, matches }) => pageMeta(page?.title, matches);

export default function Unavailable() {
  const { language, numbers, noAnswer } = useLoaderData<typeof loader>();
  const { t } = useTranslation("common");
  return (
    <>
      <h1>{t("error.title")}</h1>
      <p>{t("error.body")}</p>
      <CallNow
        heading={t("callNow.heading")}
        phones={numbers.map((entry) => ({ ...entry, description: t(`home:callNow.${entry.for}`) }))}
        noAnswer={noAnswer}
      />
      <p>
        <a href={localizedPath(language, "/")}>{t("notFound.home")}</a>
      </p>
    </>
  );
}
