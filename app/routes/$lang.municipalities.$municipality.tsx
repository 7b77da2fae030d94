import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/breadcrumbs/breadcrumbs";
import { CallNow } from "~/components/call-now/call-now";
import { MunicipalityPicker } from "~/components/municipality-picker/municipality-picker";
import { OfferExplained } from "~/components/municipality-picker/offer-explained";
import { ServiceList } from "~/components/service-card/service-list";
import { env } from "~/env.server";
import { findServices } from "~/directory/directory.server";
import { resolvePhones } from "~/directory/phone-refs.server";
import { municipalityCalls } from "~/data/page-calls";
import { COUNTY_OFFER_STATUS_YEAR, municipalities } from "~/data/municipalities";
import { fixedT } from "~/i18next.server";
import { localizedPath } from "~/utils/language-path";
import { pageMeta } from "~/utils/meta";
import { notFound, requireLanguage } from "~/utils/require-language.server";
import * as styles from "~/components/municipality-picker/municipality-status.css";

/** The services the offer gives a municipality's residents; the coordinators work in the whole
 * county whatever the municipality chose (seed 001, 003), and the national lines serve everyone. */
const OFFER_SERVICES = ["mikamottagningen", "kast"];
const COUNTY_SERVICES = ["regional-coordinators"];
const EVERYONE_SERVICES = ["emergency-112", "kvinnofridslinjen", "bris"];

export function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  // Only the exact address; "Södertälje" in a URL is not redirected, the form handles names.
  const municipality = municipalities.find((item) => item.slug === params.municipality);
  if (!municipality) throw notFound();
  const t = fixedT(language, "municipalities");
  const offered = municipality.status === "joined" || municipality.status === "provider";
  return {
    language,
    municipality,
    // The static mirror cannot answer the form: it links to the list of all 26 instead.
    staticMirror: env.staticMirror,
    year: COUNTY_OFFER_STATUS_YEAR,
    title: t("common:titleTemplate", { page: t("municipalityTitle", { name: municipality.name }) }),
    offer: offered ? findServices(OFFER_SERVICES) : [],
    // The first screen: whom a resident can call, before the 2022 status is explained.
    callFirst: resolvePhones(offered ? municipalityCalls.offer : municipalityCalls.county),
    county: findServices(COUNTY_SERVICES),
    everyone: findServices(EVERYONE_SERVICES),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

export default function MunicipalityPage() {
  const { language, municipality, staticMirror, year, offer, county, everyone, callFirst } = useLoaderData<typeof loader>();
  const { t } = useTranslation("municipalities");
  const name = municipality.name;
  return (
    <>
      <Breadcrumbs language={language} trail={["municipalities"]} current={name} />
      <h1>{t("municipalityTitle", { name })}</h1>
      <CallNow heading={t("common:callWho")} phones={callFirst} />
      <div className={styles.status} data-status={municipality.status}>
        <p className={styles.statusLabel}>{t(`status.${municipality.status}`, { year })}</p>
        <p>{t(`statusText.${municipality.status}`, { name, year })}</p>
        <p>{t("changed", { year })}</p>
        <p>{t("ownSocialServices")}</p>
        <p>
          {t("website", { name })}{" "}
          <a href={municipality.website} rel="noreferrer" dir="ltr">
            <bdi>{new URL(municipality.website).host}</bdi>
          </a>
        </p>
      </div>

      {offer.length > 0 ? (
        <>
          <h2>{t("servicesHeading")}</h2>
          <ServiceList services={offer} language={language} />
        </>
      ) : null}

      <h2>{t("countyHeading")}</h2>
      <p>{t("countyIntro", { name })}</p>
      <ServiceList services={county} language={language} />

      <h2>{t("nationalHeading")}</h2>
      <p>{t("nationalIntro")}</p>
      <ServiceList services={everyone} language={language} />

      <OfferExplained />

      <h2>{t("otherMunicipality")}</h2>
      {staticMirror ? (
        <p>
          <a href={`${localizedPath(language, "/municipalities")}#all`}>{t("allHeading")}</a>
        </p>
      ) : (
        <MunicipalityPicker action={localizedPath(language, "/municipalities")} selected={municipality.slug} />
      )}
      <p>{t("sourceNote")}</p>
    </>
  );
}
