import { useTranslation } from "react-i18next";
import type { Language } from "~/i18n";
import type { Service } from "~/data/types";
import { PhoneLink } from "~/components/phone-link/phone-link";
import { NoNumberNote } from "~/components/service-card/no-number-note";
import { localizedPath } from "~/utils/language-path";
import * as styles from "./service-card.css";

interface ServiceCardProps {
  service: Service;
  language: Language;
  /** Professional-only numbers (Barnahus consultation, NMT) appear only where professionals are addressed. */
  showProfessionalNumbers?: boolean;
  /** Only these of the service's numbers (by index), when a group of services is about one case. */
  phoneIndexes?: readonly number[];
}

/** A service in a list: its name linking to its page, one line on what it is, and its numbers. */
export function ServiceCard({ service, language, showProfessionalNumbers = false, phoneIndexes }: ServiceCardProps) {
  const { t } = useTranslation("services");
  const phones = service.phones.filter(
    (phone, index) =>
      (showProfessionalNumbers || phone.audience === "public") && (phoneIndexes === undefined || phoneIndexes.includes(index)),
  );
  return (
    <li className={styles.card}>
      <h3 className={styles.title}>
        <a className={styles.titleLink} href={localizedPath(language, `/services/${service.id}`)}>
          {t(`${service.id}.name`)}
        </a>
      </h3>
      <p>{t(`${service.id}.summary`)}</p>
      {service.openDayAndNight ? <p>{t("hours.openDayAndNight")}</p> : null}
      {phones.map((phone) => (
        <PhoneLink key={`${phone.e164 ?? phone.number}-${phone.descriptionKey}`} phone={phone} serviceId={service.id} />
      ))}
      {service.phones.length === 0 ? <NoNumberNote service={service} language={language} /> : null}
    </li>
  );
}
