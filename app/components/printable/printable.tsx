import { useTranslation } from "react-i18next";
import { QrCode } from "~/components/qr-code/qr-code";
import type { ResolvedPhone } from "~/directory/phone-refs.server";
import { CARDS_PER_SHEET, type PrintFormat } from "~/data/printables";
import { dialNumber } from "~/utils/phone";
import * as styles from "./printable.css";

export interface PrintableProps {
  id: string;
  format: PrintFormat;
  phones: ResolvedPhone[];
  qrSvg: string;
  /** The address the QR code opens, also printed in words for those who cannot scan. */
  url: string;
}

/**
 * A poster (one A4 page) or a sheet of pocket cards (eight of 85.6 × 54 mm on A4, to cut out).
 * On screen it is a preview that fits any width; the exact millimetre sizes apply in print.
 */
export function Printable(props: PrintableProps) {
  if (props.format === "poster") return <Poster {...props} />;
  return (
    <div className={styles.sheet}>
      {Array.from({ length: CARDS_PER_SHEET }, (_, index) => (
        // Only the first card is shown on screen and read out; the others exist for the printer.
        <Card key={index} {...props} copy={index > 0} />
      ))}
    </div>
  );
}

function Poster({ id, phones, qrSvg, url }: PrintableProps) {
  const { t } = useTranslation("campaigns");
  return (
    <article className={styles.poster} data-printable="poster">
      <PrintableWords id={id} headingClass={styles.posterHeading} lineClass={styles.posterLine} />
      <Numbers phones={phones} size="poster" />
      <div className={styles.qrRow}>
        <QrCode svg={qrSvg} label={t("print.qrLabel", { url })} size="poster" />
        <p className={styles.qrText}>
          {t("print.qrCaption")} <bdi dir="ltr">{url}</bdi>
        </p>
      </div>
      <p className={styles.siteName}>{t("common:siteName")}</p>
    </article>
  );
}

function Card({ id, phones, qrSvg, url, copy }: PrintableProps & { copy: boolean }) {
  const { t } = useTranslation("campaigns");
  return (
    <article className={copy ? styles.cardCopy : styles.card} data-printable="card" aria-hidden={copy || undefined}>
      <div className={styles.cardText}>
        <PrintableWords id={id} headingClass={styles.cardHeading} lineClass={styles.cardLine} />
        <Numbers phones={phones} size="card" />
      </div>
      <div className={styles.cardQr}>
        <QrCode svg={qrSvg} label={t("print.qrLabel", { url })} size="card" />
        <p className={styles.cardUrl}>
          <bdi dir="ltr">{url}</bdi>
        </p>
      </div>
    </article>
  );
}

/** A printable's heading and lines (campaigns.json "printables.<id>"), sized by the caller. */
function PrintableWords({ id, headingClass, lineClass }: { id: string; headingClass: string; lineClass: string }) {
  const { t } = useTranslation("campaigns");
  const lines = t(`printables.${id}.lines`, { returnObjects: true }) as string[];
  return (
    <>
      <h2 className={headingClass}>{t(`printables.${id}.heading`)}</h2>
      {lines.map((line) => (
        <p key={line} className={lineClass}>
          {line}
        </p>
      ))}
    </>
  );
}

function Numbers({ phones, size }: { phones: ResolvedPhone[]; size: "poster" | "card" }) {
  const { t } = useTranslation("services");
  return (
    <ul className={size === "poster" ? styles.posterNumbers : styles.cardNumbers}>
      {phones.map(({ serviceId, phone }) => (
        <li key={`${serviceId}-${phone.descriptionKey}`}>
          <span className={styles.numberLabel}>{t(phone.descriptionKey)}</span>{" "}
          <a href={`tel:${dialNumber(phone)}`} dir="ltr" className={styles.number}>
            <bdi>{phone.number}</bdi>
          </a>
        </li>
      ))}
    </ul>
  );
}
