import type { AudienceId } from "./audiences";
import type { SitePageId } from "./site-pages";

/**
 * The five audience journeys. Every journey answers the same questions in the same order
 * (what this is, what help there is, whom to call, is it anonymous, what the law says, where
 * next); the professionals' journey adds its checklists and printable cards. The copy of each
 * section is in locales/<lng>/journeys.json under "<audience>.<section>".
 */

/** Sections that are copy only: a heading, paragraphs and optional points. */
export const textSections = ["notAlone", "help", "signs", "ask", "call", "anonymity", "law"] as const;
export type TextSection = (typeof textSections)[number];

/** "cards" lists the printable cards; "onwards" the links to other pages. */
export type JourneySection = TextSection | "cards" | "onwards";

export interface PhoneRef {
  service: string;
  /** Index into the service's phones. */
  phone: number;
}

export interface Journey {
  audience: AudienceId;
  /** The numbers shown large right under the title: what the reader can do now. */
  callFirst: PhoneRef[];
  /** The services listed under "Call or write now", in this order. */
  services: string[];
  sections: JourneySection[];
  /** Printable cards offered on the page (professionals hand them out). */
  printables: string[];
  onwards: SitePageId[];
  /** Other journeys worth a link ("Are you under 18?"). */
  related: AudienceId[];
  /** Whether professional-only numbers (Barnahus, NMT) are shown. */
  forProfessionals: boolean;
}

const standardSections: JourneySection[] = ["notAlone", "help", "call", "anonymity", "law", "onwards"];

export const journeys: Record<AudienceId, Journey> = {
  selling: {
    audience: "selling",
    callFirst: [{ service: "mikamottagningen", phone: 0 }],
    services: [
      "mikamottagningen",
      "mika-halsa",
      "stodcentrum",
      "regional-coordinators",
      "iom-return",
      "kvinnofridslinjen",
      "socialjouren",
    ],
    sections: standardSections,
    printables: [],
    onwards: ["anonymity", "law", "safety", "municipalities"],
    related: ["under-18"],
    forProfessionals: false,
  },
  buying: {
    audience: "buying",
    callFirst: [{ service: "kast", phone: 0 }],
    services: ["kast", "preventell"],
    sections: standardSections,
    printables: [],
    onwards: ["anonymity", "law", "campaigns", "municipalities"],
    related: ["close-to-someone"],
    forProfessionals: false,
  },
  "under-18": {
    audience: "under-18",
    callFirst: [
      { service: "stodcentrum", phone: 0 },
      { service: "bris", phone: 0 },
    ],
    services: ["stodcentrum", "ungdomsjouren", "bris", "barnahus", "youth-clinics"],
    sections: standardSections,
    printables: [],
    onwards: ["anonymity", "law", "safety"],
    related: ["selling"],
    forProfessionals: false,
  },
  "close-to-someone": {
    audience: "close-to-someone",
    callFirst: [
      { service: "mikamottagningen", phone: 0 },
      { service: "kast", phone: 0 },
    ],
    // A parent worried about a child goes to the municipality's social services (linked in the
    // copy) or, in danger, 112: no source names Stödcentrum or Ungdomsjouren for relatives.
    services: ["mikamottagningen", "kast", "socialjouren", "kvinnofridslinjen"],
    sections: standardSections,
    printables: [],
    onwards: ["anonymity", "law", "municipalities"],
    related: ["under-18", "selling", "buying"],
    forProfessionals: false,
  },
  professionals: {
    audience: "professionals",
    callFirst: [
      { service: "regional-coordinators", phone: 0 },
      { service: "regional-coordinators", phone: 1 },
    ],
    services: [
      "regional-coordinators",
      "barnahus",
      "nmt",
      "mikamottagningen",
      "ungdomsjouren",
      "iom-return",
      "socialjouren",
    ],
    sections: ["notAlone", "help", "signs", "ask", "call", "anonymity", "law", "cards", "onwards"],
    printables: ["young-card", "selling-card", "talk-to-kast-card"],
    onwards: ["law", "anonymity", "municipalities", "campaigns"],
    related: ["under-18", "selling", "buying"],
    forProfessionals: true,
  },
};
