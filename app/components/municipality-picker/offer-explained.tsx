import { useTranslation } from "react-i18next";

/** What joining Stockholm city's county-wide offer means (FACTS.md, seed 001). */
export function OfferExplained() {
  const { t } = useTranslation("municipalities");
  const paragraphs = t("offer", { returnObjects: true }) as string[];
  return (
    <section aria-labelledby="offer">
      <h2 id="offer">{t("offerHeading")}</h2>
      {paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </section>
  );
}
