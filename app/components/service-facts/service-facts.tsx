import { useTranslation } from "react-i18next";
import type { Service } from "~/data/types";
import * as styles from "./service-facts.css";

/** Age limits, cost and anonymity, saying plainly when the sources do not tell. */
export function ServiceFacts({ service }: { service: Service }) {
  const { t } = useTranslation("services");
  return (
    <dl className={styles.list}>
      <dt className={styles.term}>{t("ageLabel")}</dt>
      <dd className={styles.detail}>{ageText(service, t)}</dd>
      <dt className={styles.term}>{t("freeLabel")}</dt>
      <dd className={styles.detail}>{t(`free.${service.free}`)}</dd>
      <dt className={styles.term}>{t("anonymousLabel")}</dt>
      <dd className={styles.detail}>{t(`anonymous.${service.anonymous}`)}</dd>
      {service.openDayAndNight ? (
        <>
          <dt className={styles.term}>{t("hoursLabel")}</dt>
          <dd className={styles.detail}>{t("hours.dayAndNight")}</dd>
        </>
      ) : null}
    </dl>
  );
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

export function ageText(service: Pick<Service, "minAge" | "maxAge">, t: Translate): string {
  const { minAge: min, maxAge: max } = service;
  if (min !== null && max !== null) return t("age.range", { min, max });
  if (min !== null) return t("age.from", { min });
  if (max !== null) return t("age.under", { limit: max + 1 });
  return t("age.notStated");
}
