/**
 * The law on sex purchase, procuring and trafficking as the site states it. Every figure comes
 * from shared/FACTS.md (law section); the copy that explains it is in locales/<lng>/law.json.
 * Section references stay in their Swedish legal form in every language. Where FACTS.md says
 * "verify" (the date fines left the penalty scale) the site says nothing rather than guess.
 */

export interface PrisonTerm {
  /** Lowest sentence, when the law sets one. */
  min: number | null;
  max: number;
  /** The unit of min (max is always in years): trafficking's less serious form starts at 6 months. */
  minUnit?: "month" | "year";
}

export interface Provision {
  id: "purchase" | "purchase-from-child" | "procuring" | "trafficking";
  /** "6 kap. 11 §" of Brottsbalken (BrB). */
  section: string;
  prison: PrisonTerm;
  /** The gross form, where the law has one (gross procuring). */
  grossPrison: PrisonTerm | null;
  /** The less serious form, where the law has one (trafficking, "mindre grov"). */
  lesserPrison: PrisonTerm | null;
}

export const provisions: readonly Provision[] = [
  { id: "purchase", section: "6 kap. 11 §", prison: { min: null, max: 1 }, grossPrison: null, lesserPrison: null },
  { id: "purchase-from-child", section: "6 kap. 9 §", prison: { min: null, max: 4 }, grossPrison: null, lesserPrison: null },
  {
    id: "procuring",
    section: "6 kap. 12 §",
    prison: { min: null, max: 4 },
    grossPrison: { min: 2, max: 10 },
    lesserPrison: null,
  },
  {
    id: "trafficking",
    section: "4 kap. 1 a §",
    prison: { min: 2, max: 10 },
    grossPrison: null,
    // The less serious degree: from 6 months (since 1 July 2018, prop. 2017/18:123) up to 4 years.
    lesserPrison: { min: 6, minUnit: "month", max: 4 },
  },
];

/** Brottsbalken's number in the Swedish statute book (SFS). */
export const penalCodeSfs = "1962:700";

/** The reflection period and the longer permit for victims of trafficking (Utlänningslagen). */
export const residencePermits = {
  /** Utlänningslagen (2005:716). */
  aliensActSfs: "2005:716",
  /**
   * 30 days of reflection ("betänketid"), 5 kap. 15 § second paragraph (never 15 a §: an earlier
   * FACTS.md said so, wrongly). Applied for by the head of the criminal investigation or, since
   * socialServicesBeforeReport, by social services, even before any police report.
   */
  reflectionSection: "5 kap. 15 § andra stycket",
  reflectionDays: 30,
  /**
   * The longer permit while the person takes part in an investigation or trial: at least 6 months,
   * 5 kap. 15 § first paragraph. Applied for by the head of the criminal investigation only.
   */
  longerSection: "5 kap. 15 § första stycket",
  longerMinMonths: 6,
  /** Since then social services can apply before any police report (Jämställdhetsmyndigheten). */
  socialServicesBeforeReport: "2022-08-01",
} as const;

/** Offentlighets- och sekretesslagen: secrecy in social services (S 003). */
export const secrecyAct = { sfs: "2009:400", chapter: "26 kap.", policeChapter: "10 kap." } as const;

/** The maximum for buying sex before it was raised (months). */
export const previousPurchaseMaxMonths = 6;

/** IOM's return programme: money for up to this many months after return (S 003). */
export const iomSupportMonths = 6;

export function provision(id: Provision["id"]): Provision {
  const found = provisions.find((item) => item.id === id);
  if (!found) throw new Error(`unknown provision ${id}`);
  return found;
}

/** Dates and years the law page states (FACTS.md; S 000 and public sources). */
export const lawDates = {
  /** The ban on buying sex came into force (own law). */
  banInForce: "1999-01-01",
  /** Extended to payment made or promised by someone else. */
  thirdPartyPayment: "2005-04-01",
  /** Renamed "köp av sexuell handling", covers acts at a distance (prop. 2024/25:124). */
  distanceActs: "2025-07-01",
  /** The year the maximum for buying sex went from six months to one year. */
  maxRaisedYear: 2011,
  /** The year the maximum for buying from a child became four years. */
  childMaxSinceYear: 2020,
  /** The year the ban moved into the Penal Code. */
  intoPenalCodeYear: 2005,
} as const;

/** The government bill behind the 2025 change (buying and procuring at a distance). */
export const distanceBill = "prop. 2024/25:124";

/** When the law page was last checked against FACTS.md. */
export const LAW_LAST_CHECKED = "2026-12-04";
