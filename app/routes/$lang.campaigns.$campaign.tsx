import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/breadcrumbs/breadcrumbs";
import { CallNow } from "~/components/call-now/call-now";
import { ContentBlock } from "~/components/content-block/content-block";
import { PageSources } from "~/components/page-sources/page-sources";
import { PrintLinks } from "~/components/print-links/print-links";
import { PrintableThumbnail } from "~/components/printable/printable-thumbnail";
import { campaignCalls } from "~/data/page-calls";
import { LAW_LAST_CHECKED } from "~/data/law";
import { resolvePhones } from "~/directory/phone-refs.server";
import { isCampaignId, printablesOfCampaign } from "~/data/printables";
import { fixedT, pageTitle } from "~/i18next.server";
import { formatDate } from "~/utils/format-date";
import { localizedPath } from "~/utils/language-path";
import { lawValues } from "~/utils/law-values";
import { pageMeta } from "~/utils/meta";
import { notFound, requireLanguage } from "~/utils/require-language.server";
import * as styles from "~/styles/campaign.css";

export function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { campaign } = params;
  if (!isCampaignId(campaign)) throw notFound();
  const sections = fixedT(language, "campaigns")(`${campaign}.sections`, { returnObjects: true }) as unknown[];
  return {
    language,
    campaign,
    title: pageTitle(language, "campaigns", `${campaign}.title`),
    sectionCount: sections.length,
    kast: resolvePhones(campaignCalls),
    printables: printablesOfCampaign(campaign).map((item) => item.id),
    poster: printablesOfCampaign(campaign)
      .filter((item) => item.format === "poster")
      .map((item) => ({ id: item.id, number: resolvePhones(item.phones)[0]?.phone.number ?? null }))[0],
    law: lawValues(language),
    lastChecked: formatDate(language, LAW_LAST_CHECKED),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

const SOURCES = ["sources.seed003", "sources.seed000", "law:sourcesList.penalCode", "law:sourcesList.bill"];

/**
 * An attitude campaign page (in the spirit of Operation Kvinnofrid's regional campaign): facts from
 * the seeds, the law, and always the way to KAST; with a poster and a pocket card to print.
 */
export default function CampaignPage() {
  const { language, campaign, sectionCount, kast, printables, poster, law, lastChecked } = useLoaderData<typeof loader>();
  const { t } = useTranslation("campaigns");
  return (
    <>
      <Breadcrumbs language={language} trail={["campaigns"]} current={t(`${campaign}.title`)} />
      <h1>{t(`${campaign}.title`)}</h1>
      <div className={styles.hero}>
        <div className={styles.heroText}>
          {/* KAST first: the first screen answers "who can I call?" (and the page ends with it too). */}
          <CallNow heading={t("kastHeading")} phones={kast} />
          <p>{t(`${campaign}.lead`)}</p>
        </div>
        {poster ? (
          // The campaign's own poster, as the print kit prints it: the picture is decoration, the
          // link says what it opens.
          <a href={localizedPath(language, `/print/${poster.id}`)} className={styles.poster} data-campaign-poster={poster.id}>
            <span className={styles.posterPicture}>
              <PrintableThumbnail id={poster.id} format="poster" number={poster.number} />
            </span>
            <span className={styles.posterText}>{t("posterLink")}</span>
          </a>
        ) : null}
      </div>
      {Array.from({ length: sectionCount }, (_, index) => (
        <ContentBlock
          key={index}
          i18nKey={`campaigns:${campaign}.sections.${index}`}
          values={law}
          id={`part-${index + 1}`}
        />
      ))}
      <CallNow heading={t("common:callNow.heading")} phones={kast} id="call-kast" />
      <p>{t("kastText")}</p>

      <section aria-labelledby="print">
        <h2 id="print">{t("printHeading")}</h2>
        <p>{t("printIntro")}</p>
        {printables.map((id) => (
          <PrintLinks key={id} printableId={id} />
        ))}
      </section>

      <p>{t("operationKvinnofrid")}</p>
      <PageSources sourceKeys={SOURCES} lastChecked={lastChecked} />
    </>
  );
}
