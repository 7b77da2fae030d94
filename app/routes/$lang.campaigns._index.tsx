import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/breadcrumbs/breadcrumbs";
import { PrintHubLink } from "~/components/print-links/print-links";
import { campaignIds } from "~/data/printables";
import { pageTitle } from "~/i18next.server";
import { localizedPath } from "~/utils/language-path";
import { pageMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/require-language.server";

export function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  return { language, title: pageTitle(language, "campaigns", "indexTitle") };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

export default function CampaignsPage() {
  const { language } = useLoaderData<typeof loader>();
  const { t } = useTranslation("campaigns");
  return (
    <>
      <Breadcrumbs language={language} current={t("indexTitle")} />
      <h1>{t("indexTitle")}</h1>
      <p>{t("indexLead")}</p>
      <ul>
        {campaignIds.map((id) => (
          <li key={id}>
            <h2>
              <a href={localizedPath(language, `/campaigns/${id}`)}>{t(`${id}.title`)}</a>
            </h2>
            <p>{t(`${id}.lead`)}</p>
          </li>
        ))}
      </ul>
      <PrintHubLink language={language} />
      <p>{t("operationKvinnofrid")}</p>
    </>
  );
}
