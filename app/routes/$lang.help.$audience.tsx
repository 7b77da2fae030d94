import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ServiceList } from "~/components/service-card/service-list";
import { isAudienceId } from "~/data/audiences";
import { servicesForAudience } from "~/data/directory.server";
import { pageTitle } from "~/i18next.server";
import { pageMeta } from "~/utils/meta";
import { notFound, requireLanguage } from "~/utils/require-language.server";

export function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { audience } = params;
  if (!isAudienceId(audience)) throw notFound();
  const services = servicesForAudience(audience);
  return {
    language,
    audience,
    title: pageTitle(language, "audiences", `${audience}.title`),
    local: services.filter((service) => service.scope === "stockholm"),
    national: services.filter((service) => service.scope === "national"),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

export default function AudiencePage() {
  const { language, audience, local, national } = useLoaderData<typeof loader>();
  const { t } = useTranslation("audiences");
  const forProfessionals = audience === "professionals";
  return (
    <>
      <h1>{t(`${audience}.title`)}</h1>
      <p>{t(`${audience}.intro`)}</p>
      <h2>{t("servicesHeading")}</h2>
      <ServiceList services={local} language={language} showProfessionalNumbers={forProfessionals} />
      <h2>{t("nationalHeading")}</h2>
      <p>{t("nationalIntro")}</p>
      <ServiceList services={national} language={language} showProfessionalNumbers={forProfessionals} />
    </>
  );
}
