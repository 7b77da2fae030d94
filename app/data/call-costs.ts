/**
 * What a call costs and where it shows (shared/FACTS.md, "Cost of a call"): 020 numbers are free
 * to call and do not show on the phone bill (Kvinnofridslinjen); the seed services' 08 numbers
 * cost a normal call and can show on an itemised bill. Every call shows in the phone's call log.
 * The seeds say the *support* is free, never the call: copy says "stödet är gratis".
 * The prefixes reach the copy as {{freeCallPrefix}} and {{paidCallPrefix}} (app/utils/law-values.ts).
 */
export const callCosts = {
  /** Free to call, not on the bill. */
  freeCallPrefix: "020",
  /** A normal call: on an itemised bill. Stockholm's area code, used by every seed service. */
  paidCallPrefix: "08",
} as const;
