import { useTranslation } from "react-i18next";
import { QrCode } from "~/components/qr-code/qr-code";
import { WordmarkIcon } from "~/components/wordmark/wordmark";
import type { ResolvedPhone } from "~/directory/phone-refs.server";
import { CARDS_PER_SHEET, type PrintFormat } from "~/data/printables";
import { dialNumber } from "~/utils/phone";
import * as styles from "./printable.css";

export interface PrintableProps {
  id: string;
  format: PrintFormat;
  phones: ResolvedPhone[];
  qrSvg: string;
  /** The full, language-specific address the QR code opens. */
  url: string;
  /** What is printed for those who type rather than scan: host and short path ("stodlinjer.se/ung"). */
  shortAddress: string;
  /** Who publishes it (SITE_PUBLISHER_NAME), or null: the site's name stands instead. */
  publisher: string | null;
}

/**
 * A poster (one A4 page) or a sheet of pocket cards (eight of 85.6 × 54 mm on A4, to cut out).
 * On screen it is a preview that fits any width; the exact millimetre sizes apply in print.
 */
export function Printable(props: PrintableProps) {
  if (props.format === "poster") return <Poster {...props} />;
  return (
    <div className={styles.sheet} data-sheet>
      {Array.from({ length: CARDS_PER_SHEET }, (_, index) => (
        // Only the first card is shown on screen and read out; the others exist for the printer.
        <Card key={index} {...props} copy={index > 0} />
      ))}
    </div>
  );
}

/**
 * How large a poster's type can be and still leave the page whole: a short headline is set larger
 * (never under 60 pt), a long text a little smaller. Measured in every language by
 * tests/e2e/print.spec.ts (nothing cut off, sizes, one PDF page).
 */
export function posterScale(heading: string, lines: string[], numbers: number) {
  const body = lines.join(" ").length;
  // Three numbers (the relatives' poster) take a third more of the page: the headline steps down.
  const headingRoom = numbers >= 3 ? [18, 24] : [24, 36];
  return {
    heading: heading.length <= headingRoom[0]! ? "large" : heading.length <= headingRoom[1]! ? "medium" : "small",
    body: body <= 140 ? "large" : body <= 200 ? "medium" : "small",
    numbers: numbers >= 3 ? "many" : "few",
  } as const;
}

function Poster({ id, phones, qrSvg, url, shortAddress, publisher }: PrintableProps) {
  const { t } = useTranslation("print");
  const siteName = t("common:siteName");
  const heading = t(`printables.${id}.heading`);
  const scale = posterScale(heading, t(`printables.${id}.lines`, { returnObjects: true }) as string[], phones.length);
  return (
    <article
      className={styles.poster}
      data-printable="poster"
      data-heading-size={scale.heading}
      data-body-size={scale.body}
      data-numbers={scale.numbers}
    >
      <div className={styles.posterBand}>
        <WordmarkIcon className={styles.posterMark} />
        <span>{siteName}</span>
      </div>
      <div className={styles.posterBody}>
        <h2 className={styles.posterHeading} data-print-role="heading">
          {heading}
        </h2>
        <Lines id={id} className={styles.posterLine} />
      </div>
      <div className={styles.posterCallRow}>
        <Numbers id={id} phones={phones} size="poster" />
        <div className={styles.posterQr}>
          <QrCode svg={qrSvg} label={t("sheet.qrLabel", { url })} size="poster" />
          <p className={styles.posterQrText}>
            {t("sheet.qrCaption")}{" "}
            <bdi dir="ltr" className={styles.posterAddress} data-print-role="address">
              <AddressWords address={shortAddress} />
            </bdi>
          </p>
        </div>
      </div>
      <p className={styles.posterPublisher} data-print-role="publisher">
        {t("sheet.publisher", { name: publisher ?? siteName })}
      </p>
    </article>
  );
}

function Card({ id, phones, qrSvg, url, shortAddress, copy }: PrintableProps & { copy: boolean }) {
  const { t } = useTranslation("print");
  return (
    <article className={copy ? styles.cardCopy : styles.card} data-printable="card" aria-hidden={copy || undefined}>
      <div className={styles.cardBand}>
        <WordmarkIcon className={styles.cardMark} />
        <span>{t("common:siteName")}</span>
      </div>
      <h2 className={styles.cardHeading} data-print-role="heading">
        {t(`printables.${id}.heading`)}
      </h2>
      <div className={styles.cardText}>
        <Lines id={id} className={styles.cardLine} />
        <Numbers id={id} phones={phones} size="card" />
        <p className={styles.cardAddress}>
          <bdi dir="ltr" data-print-role="address">
            <AddressWords address={shortAddress} />
          </bdi>
        </p>
      </div>
      <div className={styles.cardQr}>
        <QrCode svg={qrSvg} label={t("sheet.qrLabel", { url })} size="card" />
      </div>
    </article>
  );
}

/** A printable's lines of text (print.json "printables.<id>.lines"). */
function Lines({ id, className }: { id: string; className: string }) {
  const { t } = useTranslation("print");
  const lines = t(`printables.${id}.lines`, { returnObjects: true }) as string[];
  return (
    <>
      {lines.map((line) => (
        <p key={line} className={className} data-print-role="body">
          {line}
        </p>
      ))}
    </>
  );
}

/** Who answers, then the number, large and dialable ("printables.<id>.who" names each in order). */
function Numbers({ id, phones, size }: { id: string; phones: ResolvedPhone[]; size: "poster" | "card" }) {
  const { t } = useTranslation("print");
  const who = t(`printables.${id}.who`, { returnObjects: true }) as string[];
  return (
    <ul className={size === "poster" ? styles.posterNumbers : styles.cardNumbers}>
      {phones.map(({ serviceId, phone }, index) => (
        <li key={`${serviceId}-${phone.number}`}>
          <span className={size === "poster" ? styles.posterWho : styles.cardWho} data-print-role="body">
            {who[index]}
          </span>
          <a
            href={`tel:${dialNumber(phone)}`}
            dir="ltr"
            className={size === "poster" ? styles.posterNumber : styles.cardNumber}
            data-print-role="number"
          >
            <bdi>{phone.number}</bdi>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** "host/path" that may wrap only at the slash, never inside a word. */
function AddressWords({ address }: { address: string }) {
  const slash = address.indexOf("/");
  if (slash < 0) return <>{address}</>;
  return (
    <>
      <span className={styles.nowrap}>{address.slice(0, slash)}</span>
      <wbr />
      <span className={styles.nowrap}>{address.slice(slash)}</span>
    </>
  );
}
