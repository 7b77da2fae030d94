import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ArticlePage } from "~/components/article-page/article-page";
import { contentPageLoader } from "~/utils/content-page.server";
import { pageMeta } from "~/utils/meta";

export const loader = contentPageLoader("privacy");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

/** Exactly what happens to a visitor's data: nothing is kept (each claim is tested in tests/e2e). */
export default function PrivacyPage() {
  const { language } = useLoaderData<typeof loader>();
  return <ArticlePage language={language} ns="privacy" sections={["stored", "logs", "forms", "exit", "calls"]} />;
}
