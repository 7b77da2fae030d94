import { useTranslation } from "react-i18next";
import type { Phone } from "~/data/types";
import { dialNumber } from "~/utils/phone";
import * as styles from "./call-button.css";

/** Aria-hidden phone handset, 24 px, the same stroke as the globe and menu icons. */
export function PhoneIcon({ className }: { className?: string }) {
  return (
    <svg className={className ?? styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M5 3.5h3.2l1.6 4.2-2.1 1.5a11.5 11.5 0 0 0 7.1 7.1l1.5-2.1 4.2 1.6V19a1.6 1.6 0 0 1-1.7 1.6A16.6 16.6 0 0 1 3.4 5.2 1.6 1.6 0 0 1 5 3.5z" />
    </svg>
  );
}

/** The translation key of the short name of who answers a service's phone ("KAST", "BRIS"). */
export function callNameKey(serviceId: string): string {
  return `services:callName.${serviceId}`;
}

interface CallButtonProps {
  phone: Phone;
  /** The service whose phone this is: its short name says who answers. */
  serviceId: string;
}

/**
 * One number, one tap: "Ring Mikamottagningen / 08-508 25 501". It dials the data's E.164 number
 * (app/utils/phone.ts); its accessible name says who answers and keeps the visible number
 * ("Ring Mikamottagningen, 08-508 25 501"). The number is isolated left to right, so it keeps its
 * order in Arabic and Persian. The same button on home, journeys, service pages and in the directory.
 */
export function CallButton({ phone, serviceId }: CallButtonProps) {
  const { t } = useTranslation("common");
  const name = t(callNameKey(serviceId));
  const professional = phone.audience === "professionals";
  return (
    <a
      href={`tel:${dialNumber(phone)}`}
      className={professional ? `${styles.button} ${styles.professional}` : styles.button}
      aria-label={t("call.name", { name, number: phone.number })}
      data-call-button={professional ? "professionals" : "public"}
      data-service={serviceId}
    >
      <PhoneIcon />
      <span className={styles.text}>
        <span className={styles.who}>{t("call.button", { name })}</span>
        <bdi dir="ltr" className={styles.number}>
          {phone.number}
        </bdi>
      </span>
    </a>
  );
}
