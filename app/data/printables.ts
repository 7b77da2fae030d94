import type { AudienceId } from "./audiences";
import type { PhoneRef } from "./journeys";

/**
 * Printable posters (A4) and pocket cards (credit-card size, a sheet of eight to cut out). Each
 * carries one-tap numbers for who picks it up and a QR code to its audience's page in the
 * language it is printed in. Copy: locales/<lng>/campaigns.json under "printables.<id>".
 */

export const campaignIds = ["without-demand", "talk-to-kast"] as const;
export type CampaignId = (typeof campaignIds)[number];

export function isCampaignId(value: string | undefined): value is CampaignId {
  return (campaignIds as readonly string[]).includes(value ?? "");
}

export type PrintFormat = "poster" | "card";

export interface Printable {
  id: string;
  format: PrintFormat;
  /** The page the QR code opens, in the printed language. */
  audience: AudienceId;
  phones: PhoneRef[];
  /** The campaign it belongs to, if any. */
  campaign: CampaignId | null;
}

const kast: PhoneRef = { service: "kast", phone: 0 };

export const printables: readonly Printable[] = [
  { id: "without-demand-poster", format: "poster", audience: "buying", phones: [kast], campaign: "without-demand" },
  { id: "without-demand-card", format: "card", audience: "buying", phones: [kast], campaign: "without-demand" },
  { id: "talk-to-kast-poster", format: "poster", audience: "buying", phones: [kast], campaign: "talk-to-kast" },
  { id: "talk-to-kast-card", format: "card", audience: "buying", phones: [kast], campaign: "talk-to-kast" },
  {
    id: "young-card",
    format: "card",
    audience: "under-18",
    phones: [
      { service: "stodcentrum", phone: 0 },
      { service: "bris", phone: 0 },
    ],
    campaign: null,
  },
  {
    id: "selling-card",
    format: "card",
    audience: "selling",
    phones: [
      { service: "mikamottagningen", phone: 0 },
      { service: "kvinnofridslinjen", phone: 0 },
    ],
    campaign: null,
  },
];

export function findPrintable(id: string | undefined): Printable | undefined {
  return printables.find((item) => item.id === id);
}

export function printablesOfCampaign(campaign: CampaignId): Printable[] {
  return printables.filter((item) => item.campaign === campaign);
}

/** How many cards a printed sheet holds: 2 × 4 cards of 85.6 × 54 mm fit an A4 page. */
export const CARDS_PER_SHEET = 8;
