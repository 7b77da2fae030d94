import { useTranslation } from "react-i18next";
import { PhoneIcon, callNameKey } from "~/components/call-button/call-button";
import type { NoAnswerKind } from "~/data/no-answer";
import type { ResolvedPhone } from "~/directory/phone-refs.server";
import { dialNumber } from "~/utils/phone";
import * as styles from "./no-answer.css";

export interface NoAnswerPhone extends ResolvedPhone {
  kind: NoAnswerKind;
}

/**
 * "Svarar ingen?" beside a helpline that is not open day and night: what else can be called,
 * chosen for the reader (app/data/no-answer.ts). Numbers come from the data; no hours are claimed
 * that the facts do not give. Beside a service we show no number for, it asks "Behöver du ringa
 * någon nu?" instead: the next step that works.
 */
export function NoAnswer({ phones, noNumber = false }: { phones: NoAnswerPhone[]; noNumber?: boolean }) {
  const { t } = useTranslation("common");
  if (phones.length === 0) return null;
  return (
    <div className={styles.box} data-no-answer="">
      <p className={styles.heading}>{t(noNumber ? "noAnswer.noNumberHeading" : "noAnswer.heading")}</p>
      <ul className={styles.list}>
        {phones.map(({ kind, serviceId, phone }) => (
          <li key={kind} className={styles.item}>
            <span>{t(`noAnswer.${kind}`)}</span>
            <a
              href={`tel:${dialNumber(phone)}`}
              className={styles.link}
              aria-label={kind === "emergency" ? undefined : t("call.name", { name: t(callNameKey(serviceId)), number: phone.number })}
            >
              <PhoneIcon className={styles.icon} />
              {kind === "emergency" ? t("emergency.call") : <bdi dir="ltr">{phone.number}</bdi>}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
