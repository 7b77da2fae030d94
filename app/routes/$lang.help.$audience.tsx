import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/breadcrumbs/breadcrumbs";
import { CallNow } from "~/components/call-now/call-now";
import { ContentBlock } from "~/components/content-block/content-block";
import { ContentsList } from "~/components/contents-list/contents-list";
import { PageSources } from "~/components/page-sources/page-sources";
import { PrintHubLink, PrintLinks } from "~/components/print-links/print-links";
import { ServiceList } from "~/components/service-card/service-list";
import { isAudienceId } from "~/data/audiences";
import { findServices } from "~/directory/directory.server";
import { journeys, type JourneySection } from "~/data/journeys";
import { LAW_LAST_CHECKED } from "~/data/law";
import { resolvePhones } from "~/directory/phone-refs.server";
import { noAnswerForAudience } from "~/data/no-answer";
import { resolveNoAnswer } from "~/utils/no-answer.server";
import { targetLink } from "~/styles/lists.css";
import { pageLabelKey, sitePages } from "~/data/site-pages";
import { pageTitle } from "~/i18next.server";
import { formatDate } from "~/utils/format-date";
import { lawValues } from "~/utils/law-values";
import { printValues } from "~/utils/print-values";
import { localizedPath } from "~/utils/language-path";
import { pageMeta } from "~/utils/meta";
import { notFound, requireLanguage } from "~/utils/require-language.server";

export function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { audience } = params;
  if (!isAudienceId(audience)) throw notFound();
  const journey = journeys[audience];
  return {
    language,
    journey,
    title: pageTitle(language, "audiences", `${audience}.title`),
    callFirst: resolvePhones(journey.callFirst),
    noAnswer: resolveNoAnswer(noAnswerForAudience[audience]),
    services: findServices(journey.services),
    law: lawValues(language),
    lastChecked: formatDate(language, LAW_LAST_CHECKED),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

const SOURCES = ["sources.seed003", "sources.seed001", "sources.nationalLines", "law:sourcesList.penalCode"];

/**
 * One audience's journey. Every journey answers in the same order: what this is, what help there
 * is, whom to call, is it anonymous, what the law says, where next (see app/data/journeys.ts).
 */
export default function JourneyPage() {
  const { language, journey, callFirst, noAnswer, services, law, lastChecked } = useLoaderData<typeof loader>();
  const { t } = useTranslation("journeys");
  const { audience } = journey;
  const title = t(`audiences:${audience}.title`);

  const section = (id: JourneySection) => {
    switch (id) {
      case "call":
        return (
          <ContentBlock key={id} i18nKey={`journeys:${audience}.call`} values={law} id="call">
            {journey.serviceGroups ? (
              journey.serviceGroups.map((group) => (
                <section key={group.id} aria-labelledby={`call-${group.id}`}>
                  <h3 id={`call-${group.id}`}>{t(`${audience}.callGroups.${group.id}`)}</h3>
                  <ServiceList
                    services={group.services.flatMap(({ service }) => services.filter((item) => item.id === service))}
                    language={language}
                    showProfessionalNumbers={journey.forProfessionals}
                    phoneIndexes={Object.fromEntries(
                      group.services.flatMap(({ service, phones }) => (phones ? [[service, phones]] : [])),
                    )}
                  />
                </section>
              ))
            ) : (
              <ServiceList services={services} language={language} showProfessionalNumbers={journey.forProfessionals} />
            )}
          </ContentBlock>
        );
      case "cards":
        return (
          <ContentBlock key={id} i18nKey={`journeys:${audience}.cards`} values={printValues(language)} id="cards">
            <PrintHubLink language={language} />
            {journey.printables.map((printable) => (
              <PrintLinks key={printable} printableId={printable} />
            ))}
          </ContentBlock>
        );
      case "onwards":
        return (
          <section key={id} aria-labelledby="onwards">
            <h2 id="onwards">{t("onwardsHeading")}</h2>
            <ul>
              {journey.onwards.map((page) => (
                <li key={page}>
                  <a href={localizedPath(language, sitePages[page])} className={targetLink}>
                    {t(pageLabelKey(page))}
                  </a>
                </li>
              ))}
            </ul>
            <h3>{t("relatedHeading")}</h3>
            <ul>
              {journey.related.map((other) => (
                <li key={other}>
                  <a href={localizedPath(language, `/help/${other}`)} className={targetLink}>
                    {t(`audiences:${other}.title`)}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        );
      default:
        return <ContentBlock key={id} i18nKey={`journeys:${audience}.${id}`} values={law} id={id} />;
    }
  };

  return (
    <>
      <Breadcrumbs language={language} current={title} />
      <h1>{title}</h1>
      {/* Whoever hands out cards finds every poster and card on the first screen: before the numbers on
          a wide screen, after them on a phone, where the numbers come first. */}
      {journey.printables.length > 0 ? <PrintHubLink language={language} placement="wide" /> : null}
      <CallNow heading={t("callFirstHeading")} phones={callFirst} noAnswer={noAnswer} />
      {journey.printables.length > 0 ? <PrintHubLink language={language} placement="narrow" /> : null}
      <p>{t(`audiences:${audience}.intro`)}</p>
      <ContentsList
        items={[
          ...journey.sections.map((id) => ({
            id,
            label: id === "onwards" ? t("onwardsHeading") : t(`${audience}.${id}.heading`, law),
          })),
          { id: "sources", label: t("common:sources.heading") },
        ]}
      />
      {journey.sections.map(section)}
      <PageSources sourceKeys={SOURCES} lastChecked={lastChecked} />
    </>
  );
}
