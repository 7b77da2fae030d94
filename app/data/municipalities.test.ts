import { describe, expect, it } from "vitest";
import { findMunicipality, municipalities, normalizeName } from "./municipalities";

describe("Stockholm county's municipalities (status 2022, seed 001)", () => {
  it("are the county's 26, each once", () => {
    expect(municipalities).toHaveLength(26);
    expect(new Set(municipalities.map((item) => item.slug)).size).toBe(26);
    expect(municipalities.find((item) => item.name === "Gotland")).toBeUndefined();
  });

  it("have the seed's status: Stockholm provides the offer, 15 joined, 9 not joined, Danderyd unknown", () => {
    const names = (status: string) => municipalities.filter((item) => item.status === status).map((item) => item.name);
    expect(names("joined").sort()).toEqual(
      [
        "Ekerö",
        "Haninge",
        "Järfälla",
        "Nacka",
        "Nynäshamn",
        "Salem",
        "Sigtuna",
        "Sollentuna",
        "Solna",
        "Sundbyberg",
        "Södertälje",
        "Täby",
        "Upplands Väsby",
        "Vaxholm",
        "Värmdö",
      ].sort()
    );
    expect(names("not-joined").sort()).toEqual(
      [
        "Botkyrka",
        "Huddinge",
        "Lidingö",
        "Norrtälje",
        "Nykvarn",
        "Tyresö",
        "Upplands-Bro",
        "Vallentuna",
        "Österåker",
      ].sort()
    );
    expect(names("unknown")).toEqual(["Danderyd"]);
    expect(names("provider")).toEqual(["Stockholm"]);
  });

  it("each links to its own website over https (FACTS.md's list)", () => {
    for (const item of municipalities) expect(item.website).toMatch(/^https:\/\/[a-z.-]+\/$/);
    expect(municipalities.find((item) => item.slug === "botkyrka")?.website).toBe("https://www.botkyrka.se/");
    expect(municipalities.find((item) => item.slug === "upplands-vasby")?.website).toBe("https://www.upplandsvasby.se/");
    expect(municipalities.find((item) => item.slug === "stockholm")?.website).toBe("https://start.stockholm/");
  });

  it("each slug is its name without diacritics", () => {
    for (const item of municipalities) expect(normalizeName(item.name)).toBe(item.slug);
  });

  it("are found by name, slug or a sloppy spelling", () => {
    expect(findMunicipality("Södertälje")?.slug).toBe("sodertalje");
    expect(findMunicipality(" SÖDERTÄLJE ")?.slug).toBe("sodertalje");
    expect(findMunicipality("upplands vasby")?.slug).toBe("upplands-vasby");
    expect(findMunicipality("Upplands-Väsby")?.slug).toBe("upplands-vasby");
  });

  it("find nothing for unknown, empty or absurd input", () => {
    expect(findMunicipality("Gotland")).toBeUndefined();
    expect(findMunicipality("")).toBeUndefined();
    expect(findMunicipality(null)).toBeUndefined();
    expect(findMunicipality("a".repeat(10_000))).toBeUndefined();
    expect(findMunicipality("<script>")).toBeUndefined();
  });
});
