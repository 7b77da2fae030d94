import { z } from "zod";

/**
 * Stockholm county's 26 municipalities and whether each had joined the city's county-wide offer
 * (Mikamottagningen, KAST and the regional coordinators for its residents), status 2022 from
 * seed 001 as summarised in FACTS.md. Danderyd is in neither of the seed's lists: "unknown".
 * Gotland is in the seed's list but not in Stockholm county, so it is not here.
 */

export const COUNTY_OFFER_STATUS_YEAR = 2022;

/** The first agreements of the county offer were signed early in this year (seed 001; FACTS.md). */
export const FIRST_AGREEMENTS_YEAR = 2021;

/** "provider": Stockholm city provides the offer; it did not "join" it (FACTS.md). */
export type OfferStatus = "provider" | "joined" | "not-joined" | "unknown";

const municipalitySchema = z.object({
  slug: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
  /** The official name; names of places are not translated. */
  name: z.string().min(2),
  status: z.enum(["provider", "joined", "not-joined", "unknown"]),
  /** The municipality's own website, where its social services are reached (FACTS.md, P). */
  website: z
    .string()
    .url()
    .refine((url) => url.startsWith("https://"), "https only"),
});
export type Municipality = z.infer<typeof municipalitySchema>;

const list: Municipality[] = [
  { slug: "botkyrka", name: "Botkyrka", status: "not-joined", website: "https://www.botkyrka.se/" },
  { slug: "danderyd", name: "Danderyd", status: "unknown", website: "https://www.danderyd.se/" },
  { slug: "ekero", name: "Ekerö", status: "joined", website: "https://www.ekero.se/" },
  { slug: "haninge", name: "Haninge", status: "joined", website: "https://www.haninge.se/" },
  { slug: "huddinge", name: "Huddinge", status: "not-joined", website: "https://www.huddinge.se/" },
  { slug: "jarfalla", name: "Järfälla", status: "joined", website: "https://www.jarfalla.se/" },
  { slug: "lidingo", name: "Lidingö", status: "not-joined", website: "https://www.lidingo.se/" },
  { slug: "nacka", name: "Nacka", status: "joined", website: "https://www.nacka.se/" },
  { slug: "norrtalje", name: "Norrtälje", status: "not-joined", website: "https://www.norrtalje.se/" },
  { slug: "nykvarn", name: "Nykvarn", status: "not-joined", website: "https://www.nykvarn.se/" },
  { slug: "nynashamn", name: "Nynäshamn", status: "joined", website: "https://www.nynashamn.se/" },
  { slug: "salem", name: "Salem", status: "joined", website: "https://www.salem.se/" },
  { slug: "sigtuna", name: "Sigtuna", status: "joined", website: "https://www.sigtuna.se/" },
  { slug: "sollentuna", name: "Sollentuna", status: "joined", website: "https://www.sollentuna.se/" },
  { slug: "solna", name: "Solna", status: "joined", website: "https://www.solna.se/" },
  { slug: "stockholm", name: "Stockholm", status: "provider", website: "https://start.stockholm/" },
  { slug: "sundbyberg", name: "Sundbyberg", status: "joined", website: "https://www.sundbyberg.se/" },
  { slug: "sodertalje", name: "Södertälje", status: "joined", website: "https://www.sodertalje.se/" },
  { slug: "tyreso", name: "Tyresö", status: "not-joined", website: "https://www.tyreso.se/" },
  { slug: "taby", name: "Täby", status: "joined", website: "https://www.taby.se/" },
  { slug: "upplands-bro", name: "Upplands-Bro", status: "not-joined", website: "https://www.upplands-bro.se/" },
  { slug: "upplands-vasby", name: "Upplands Väsby", status: "joined", website: "https://www.upplandsvasby.se/" },
  { slug: "vallentuna", name: "Vallentuna", status: "not-joined", website: "https://www.vallentuna.se/" },
  { slug: "vaxholm", name: "Vaxholm", status: "joined", website: "https://www.vaxholm.se/" },
  { slug: "varmdo", name: "Värmdö", status: "joined", website: "https://www.varmdo.se/" },
  { slug: "osteraker", name: "Österåker", status: "not-joined", website: "https://www.osteraker.se/" },
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
