import type { MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { PublisherLine } from "~/components/publisher-line/publisher-line";
import type { RootData } from "~/root";
import { useTranslation } from "react-i18next";
import { ArticlePage } from "~/components/article-page/article-page";
import { contentPageLoader } from "~/utils/content-page.server";
import { pageMeta } from "~/utils/meta";

export const loader = contentPageLoader("about");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

/** The seed documents every fact comes from (shared/FACTS.md lists them). */
const SEEDS = ["seed000", "seed001", "seed003", "seed004"];

export default function AboutPage() {
  const { language } = useLoaderData<typeof loader>();
  const { t } = useTranslation("about");
  const root = useRouteLoaderData<RootData>("root");
  return (
    <ArticlePage
      language={language}
      ns="about"
      sections={["what", "facts", "languages", "sources"]}
      afterLead={
        <section aria-labelledby="publisher">
          <h2 id="publisher">{t("common:publisher.heading")}</h2>
          <PublisherLine publisher={root?.publisher ?? null} />
        </section>
      }
    >
      <ul>
        {SEEDS.map((seed) => (
          <li key={seed}>{t(`services:sources.${seed}`)}</li>
        ))}
        <li>{t("services:sources.nationalLines")}</li>
        <li>{t("law:sourcesList.penalCode")}</li>
        <li>{t("law:sourcesList.bill")}</li>
      </ul>
    </ArticlePage>
  );
}
