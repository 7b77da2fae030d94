import type { AudienceId } from "./audiences";
import type { PhoneRef } from "./journeys";

/**
 * Printable posters (A4) and pocket cards (85.6 × 54 mm, a sheet of eight to cut out), for every
 * public audience and in every site language. Each carries one-tap numbers for who picks it up,
 * the short printed address of its audience (app/data/short-paths.ts) and a QR code to its
 * audience's page in the language it is printed in. Copy: locales/<lng>/print.json under
 * "printables.<id>" (title, heading, lines, and one "who answers" line per phone).
 */

export const campaignIds = ["without-demand", "talk-to-kast"] as const;
export type CampaignId = (typeof campaignIds)[number];

export function isCampaignId(value: string | undefined): value is CampaignId {
  return (campaignIds as readonly string[]).includes(value ?? "");
}

export type PrintFormat = "poster" | "card";

/** The audiences printed material is made for, in the order the print hub lists them. */
export const printAudiences = ["selling", "buying", "under-18", "close-to-someone"] as const satisfies readonly AudienceId[];
export type PrintAudience = (typeof printAudiences)[number];

export interface Printable {
  id: string;
  format: PrintFormat;
  /** The page the QR code opens, in the printed language; also the group on the print hub. */
  audience: PrintAudience;
  /** The numbers printed, in order; print.json "printables.<id>.who" names who answers each. */
  phones: PhoneRef[];
  /** The campaign it belongs to, if any. */
  campaign: CampaignId | null;
}

const kast: PhoneRef = { service: "kast", phone: 0 };
const mika: PhoneRef = { service: "mikamottagningen", phone: 0 };
const kvinnofridslinjen: PhoneRef = { service: "kvinnofridslinjen", phone: 0 };
const stodcentrum: PhoneRef = { service: "stodcentrum", phone: 0 };
const bris: PhoneRef = { service: "bris", phone: 0 };
const emergency: PhoneRef = { service: "emergency-112", phone: 0 };

export const printables: readonly Printable[] = [
  // People who sell or have sold sex: Mikamottagningen, and Kvinnofridslinjen for violence.
  { id: "selling-poster", format: "poster", audience: "selling", phones: [mika, kvinnofridslinjen], campaign: null },
  { id: "selling-card", format: "card", audience: "selling", phones: [mika, kvinnofridslinjen], campaign: null },
  // People who buy sex: KAST, and the two campaigns that lead to it.
  { id: "talk-to-kast-poster", format: "poster", audience: "buying", phones: [kast], campaign: "talk-to-kast" },
  { id: "talk-to-kast-card", format: "card", audience: "buying", phones: [kast], campaign: "talk-to-kast" },
  { id: "without-demand-poster", format: "poster", audience: "buying", phones: [kast], campaign: "without-demand" },
  { id: "without-demand-card", format: "card", audience: "buying", phones: [kast], campaign: "without-demand" },
  // Young people: Stödcentrum and BRIS (and 112 on the poster).
  { id: "young-poster", format: "poster", audience: "under-18", phones: [stodcentrum, bris, emergency], campaign: null },
  { id: "young-card", format: "card", audience: "under-18", phones: [stodcentrum, bris], campaign: null },
  // Relatives: Mikamottagningen (someone sells sex) and KAST (someone buys sex), both serve relatives;
  // a parent worried about a child is sent to the municipality's social services (a printed line)
  // and, in danger, to 112 (on the poster; the card's line names it).
  { id: "relatives-poster", format: "poster", audience: "close-to-someone", phones: [mika, kast, emergency], campaign: null },
  { id: "relatives-card", format: "card", audience: "close-to-someone", phones: [mika, kast], campaign: null },
];

export function findPrintable(id: string | undefined): Printable | undefined {
  return printables.find((item) => item.id === id);
}

export function printablesOfCampaign(campaign: CampaignId): Printable[] {
  return printables.filter((item) => item.campaign === campaign);
}

export function printablesFor(audience: PrintAudience): Printable[] {
  return printables.filter((item) => item.audience === audience);
}

/** How many cards a printed sheet holds: 2 × 4 cards of 85.6 × 54 mm fit an A4 page. */
export const CARDS_PER_SHEET = 8;
