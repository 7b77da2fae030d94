import { z } from "zod";

/**
 * Stockholm county's 26 municipalities and whether each had joined the city's county-wide offer
 * (Mikamottagningen, KAST and the regional coordinators for its residents), status 2022 from
 * seed 001 as summarised in FACTS.md. Danderyd is in neither of the seed's lists: "unknown".
 * Gotland is in the seed's list but not in Stockholm county, so it is not here.
 */

export const COUNTY_OFFER_STATUS_YEAR = 2022;

export type OfferStatus = "joined" | "not-joined" | "unknown";

const municipalitySchema = z.object({
  slug: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
  /** The official name; names of places are not translated. */
  name: z.string().min(2),
  status: z.enum(["joined", "not-joined", "unknown"]),
});
export type Municipality = z.infer<typeof municipalitySchema>;

const list: Municipality[] = [
  { slug: "botkyrka", name: "Botkyrka", status: "not-joined" },
  { slug: "danderyd", name: "Danderyd", status: "unknown" },
  { slug: "ekero", name: "Ekerö", status: "joined" },
  { slug: "haninge", name: "Haninge", status: "joined" },
  { slug: "huddinge", name: "Huddinge", status: "not-joined" },
  { slug: "jarfalla", name: "Järfälla", status: "joined" },
  { slug: "lidingo", name: "Lidingö", status: "not-joined" },
  { slug: "nacka", name: "Nacka", status: "joined" },
  { slug: "norrtalje", name: "Norrtälje", status: "not-joined" },
  { slug: "nykvarn", name: "Nykvarn", status: "not-joined" },
  { slug: "nynashamn", name: "Nynäshamn", status: "joined" },
  { slug: "salem", name: "Salem", status: "joined" },
  { slug: "sigtuna", name: "Sigtuna", status: "joined" },
  { slug: "sollentuna", name: "Sollentuna", status: "joined" },
  { slug: "solna", name: "Solna", status: "joined" },
  { slug: "stockholm", name: "Stockholm", status: "joined" },
  { slug: "sundbyberg", name: "Sundbyberg", status: "joined" },
  { slug: "sodertalje", name: "Södertälje", status: "joined" },
  { slug: "tyreso", name: "Tyresö", status: "not-joined" },
  { slug: "taby", name: "Täby", status: "joined" },
  { slug: "upplands-bro", name: "Upplands-Bro", status: "not-joined" },
  { slug: "upplands-vasby", name: "Upplands Väsby", status: "joined" },
  { slug: "vallentuna", name: "Vallentuna", status: "not-joined" },
  { slug: "vaxholm", name: "Vaxholm", status: "joined" },
  { slug: "varmdo", name: "Värmdö", status: "joined" },
  { slug: "osteraker", name: "Österåker", status: "not-joined" },
];

export const municipalities: readonly Municipality[] = Object.freeze(
  z.array(municipalitySchema).length(26).parse(list)
);

/** "Södertälje", "sodertalje", " SÖDERTÄLJE " and "upplands vasby" all find their municipality. */
export function normalizeName(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function findMunicipality(value: string | null | undefined): Municipality | undefined {
  if (!value || value.length > 100) return undefined;
  const key = normalizeName(value);
  return municipalities.find((item) => item.slug === key);
}
