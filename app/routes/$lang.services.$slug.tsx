import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/breadcrumbs/breadcrumbs";
import { PhoneLink } from "~/components/phone-link/phone-link";
import { NoAnswer } from "~/components/no-answer/no-answer";
import { NoNumberNote } from "~/components/service-card/no-number-note";
import { ServiceFacts } from "~/components/service-facts/service-facts";
import { env, publicOrigin } from "~/env.server";
import { serviceGuidance } from "~/data/service-guidance";
import { findService, findServices } from "~/directory/directory.server";
import { jsonForScript, serviceJsonLd } from "~/directory/json-ld";
import { sourceKey } from "~/directory/translation-keys";
import { fixedT, pageTitle } from "~/i18next.server";
import { noAnswerForService } from "~/data/no-answer";
import { resolveNoAnswer } from "~/utils/no-answer.server";
import { formatDate } from "~/utils/format-date";
import { localizedPath } from "~/utils/language-path";
import { pageMeta } from "~/utils/meta";
import { targetLink } from "~/styles/lists.css";
import { notFound, requireLanguage } from "~/utils/require-language.server";

export function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const service = findService(params.slug ?? "");
  if (!service) throw notFound();
  const t = fixedT(language, "services");
  const url = new URL(request.url);
  const jsonLd = serviceJsonLd(
    service,
    `${publicOrigin(request)}${url.pathname}`,
    language,
    {
      name: t(`${service.id}.name`),
      description: t(`${service.id}.summary`),
      organization: t(`organizations.${service.organizationKey}`),
      areaStockholm: t("area.areaStockholm"),
      areaSweden: t("area.areaSweden"),
      phone: (key) => t(key),
      professionalsOnly: t("common:phone.professionalsOnly"),
    },
    env.publisher
  );
  const guidance = serviceGuidance[service.id] ?? null;
  // Numbers a child or parent can call when this service's own number is for professionals only.
  const callInstead = guidance
    ? findServices(guidance.callInstead).map((other) => ({
        id: other.id,
        phones: other.phones.filter((phone) => phone.audience === "public"),
      }))
    : [];
  return {
    language,
    service,
    howToReachKey: guidance?.howToReachKey ?? null,
    callInstead,
    title: pageTitle(language, "services", `${service.id}.name`),
    lastChecked: formatDate(language, service.lastChecked),
    jsonLd: jsonForScript(jsonLd),
    noAnswer: resolveNoAnswer(noAnswerForService(service)),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

export default function ServicePage() {
  const { language, service, lastChecked, jsonLd, howToReachKey, callInstead, noAnswer } =
    useLoaderData<typeof loader>();
  const { t } = useTranslation("services");
  const id = service.id;
  const publicPhones = service.phones.filter((phone) => phone.audience === "public");
  const professionalPhones = service.phones.filter((phone) => phone.audience === "professionals");
  // Numbers first: a service whose only numbers are for professionals (NMT) shows them at the top;
  // one that also offers the public something to call (Barnahus) keeps them under their heading below.
  const professionalsFirst = publicPhones.length === 0 && callInstead.length === 0 && service.noNumberReason === null;
  const forProfessionals =
    professionalPhones.length > 0 ? (
      <section aria-labelledby="for-professionals">
        <h2 id="for-professionals">{t("forProfessionalsHeading")}</h2>
        {professionalPhones.map((phone) => (
          <PhoneLink key={`${phone.number}-${phone.descriptionKey}`} phone={phone} serviceId={service.id} />
        ))}
      </section>
    ) : null;
  return (
    <article>
      {/* A data block, not a script: the CSP does not run it and nothing else reads it. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <Breadcrumbs language={language} trail={["services"]} current={t(`${id}.name`)} />
      <h1>{t(`${id}.name`)}</h1>
      <p>{t(`${id}.summary`)}</p>

      {professionalsFirst ? forProfessionals : null}

      {publicPhones.length > 0 || service.noNumberReason !== null ? (
        <section aria-labelledby="call">
          <h2 id="call">{t("callHeading")}</h2>
          {publicPhones.map((phone) => (
            <PhoneLink key={`${phone.number}-${phone.descriptionKey}`} phone={phone} serviceId={service.id} />
          ))}
          <NoNumberNote service={service} language={language} />
          <NoAnswer phones={noAnswer} noNumber={publicPhones.length === 0} />
        </section>
      ) : null}

      {callInstead.length > 0 ? (
        <section aria-labelledby="call-instead">
          <h2 id="call-instead">{t("callInsteadHeading")}</h2>
          <p>{t("callInsteadIntro")}</p>
          {callInstead.flatMap((other) =>
            other.phones.map((phone) => (
              <PhoneLink key={`${other.id}-${phone.number}`} phone={phone} serviceId={other.id} />
            ))
          )}
        </section>
      ) : null}

      {howToReachKey ? <p>{t(howToReachKey)}</p> : null}

      <h2>{t("forWhomHeading")}</h2>
      <p>{t(`${id}.forWhom`)}</p>

      <h2>{t("offersHeading")}</h2>
      <p>{t(`${id}.offers`)}</p>

      <h2>{t("factsHeading")}</h2>
      <ServiceFacts service={service} />

      {professionalsFirst ? null : forProfessionals}

      <h2>{t("sourcesHeading")}</h2>
      <ul>
        {service.sources.map((source) => (
          <li key={sourceKey(source)}>{t(sourceKey(source))}</li>
        ))}
      </ul>
      <p>{t("lastChecked", { date: lastChecked })}</p>

      <p>
        <a href={localizedPath(language, "/services")} className={targetLink}>
          {t("backToList")}
        </a>
      </p>
    </article>
  );
}
