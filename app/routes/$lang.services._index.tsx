import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ServiceList } from "~/components/service-card/service-list";
import { listServices } from "~/data/directory.server";
import { pageTitle } from "~/i18next.server";
import { pageMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/require-language.server";

export function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const services = listServices();
  return {
    language,
    title: pageTitle(language, "services", "listTitle"),
    local: services.filter((service) => service.scope === "stockholm"),
    national: services.filter((service) => service.scope === "national"),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(data?.title, matches);

export default function ServicesPage() {
  const { language, local, national } = useLoaderData<typeof loader>();
  const { t } = useTranslation("services");
  return (
    <>
      <h1>{t("listTitle")}</h1>
      <p>{t("listIntro")}</p>
      <h2>{t("stockholmHeading")}</h2>
      <ServiceList services={local} language={language} />
      <h2>{t("nationalHeading")}</h2>
      <ServiceList services={national} language={language} />
    </>
  );
}
