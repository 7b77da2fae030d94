/**
 * The law on sex purchase, procuring and trafficking as the site states it. Every figure comes
 * from shared/FACTS.md (law section); the copy that explains it is in locales/<lng>/law.json.
 * Section references stay in their Swedish legal form in every language. Where FACTS.md says
 * "verify" (the date fines left the penalty scale) the site says nothing rather than guess.
 */

export interface PrisonTerm {
  /** Lowest sentence in years, when the law sets one. */
  min: number | null;
  max: number;
}

export interface Provision {
  id: "purchase" | "purchase-from-child" | "procuring" | "trafficking";
  /** "6 kap. 11 §" of Brottsbalken (BrB). */
  section: string;
  prison: PrisonTerm;
  /** The gross form, where the law has one (gross procuring). */
  grossPrison: PrisonTerm | null;
}

export const provisions: readonly Provision[] = [
  { id: "purchase", section: "6 kap. 11 §", prison: { min: null, max: 1 }, grossPrison: null },
  { id: "purchase-from-child", section: "6 kap. 9 §", prison: { min: null, max: 4 }, grossPrison: null },
  { id: "procuring", section: "6 kap. 12 §", prison: { min: null, max: 4 }, grossPrison: { min: 2, max: 10 } },
  { id: "trafficking", section: "4 kap. 1 a §", prison: { min: 2, max: 10 }, grossPrison: null },
];

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

/** The government bill behind the 2025 change. */
export const distanceBill = "prop. 2024/25:124";

/** When the law page was last checked against FACTS.md. */
export const LAW_LAST_CHECKED = "2026-11-24";
