import type { PhoneRef } from "./journeys";

/**
 * Who a reader can call, on pages that are not a journey (issue 22: "every page's first screen
 * answers 'who can I call?'"). Each number names who it is for (`for`, a locale key shown directly
 * above its button); the numbers are read from the directory. Every choice follows shared/FACTS.md:
 * Mikamottagningen for people who sell or have sold sex (18+), KAST for people who buy sex,
 * Stödcentrum and BRIS for children and young people, the regional coordinators for victims of
 * trafficking in the whole county.
 */
const mika: PhoneRef = { service: "mikamottagningen", phone: 0, for: "home:callNow.selling" };
const kast: PhoneRef = { service: "kast", phone: 0, for: "home:callNow.buying" };
const stodcentrum: PhoneRef = { service: "stodcentrum", phone: 0, for: "home:callNow.young" };
const bris: PhoneRef = { service: "bris", phone: 0, for: "home:callNow.youngBris" };
const coordinatorAdults: PhoneRef = { service: "regional-coordinators", phone: 1 };
const coordinatorChildren: PhoneRef = { service: "regional-coordinators", phone: 0 };

export const lawSectionIds = ["selling", "buying", "child", "procuring", "trafficking", "victims", "words"] as const;
export type LawSectionId = (typeof lawSectionIds)[number];

/**
 * The law page: a block under the title, and one inside each section that speaks to one reader
 * (its heading is law.json "call.<section>"): the seller, the buyer, the child, the victim.
 */
export const lawCalls: { top: PhoneRef[]; sections: Partial<Record<LawSectionId, PhoneRef[]>> } = {
  top: [mika, kast, stodcentrum],
  // One number under a heading that says who it is for needs no line above it; two do.
  sections: {
    selling: [{ service: "mikamottagningen", phone: 0 }],
    buying: [{ service: "kast", phone: 0 }],
    child: [stodcentrum, bris],
    victims: [coordinatorAdults, coordinatorChildren],
  },
};

/** Campaign pages speak to (potential) buyers: KAST first, as at the end (CONTENT.md). */
export const campaignCalls: PhoneRef[] = [{ service: "kast", phone: 0 }];

/**
 * A municipality page's first screen: the offer's two services where the municipality has joined
 * (or provides it), else the regional coordinators, who work in the whole county whatever the
 * municipality chose (seed 001, 003).
 */
export const municipalityCalls: { offer: PhoneRef[]; county: PhoneRef[] } = {
  offer: [mika, kast],
  county: [{ ...coordinatorAdults, for: "common:callFor.coordinators" }, coordinatorChildren],
};
