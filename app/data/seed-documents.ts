/**
 * The year of each seed document (../shared/seeds/, FACTS.md "Seeds"), cited in its source line
 * ("Handlingsplan mot människohandel och prostitution (2021)") as {{seed003Year}}: a year is a figure,
 * so it comes from data like the law's (app/utils/law-values.ts), never typed into a translation.
 */
export const seedDocumentYears = {
  seed000: 2005,
  seed001: 2022,
  seed003: 2021,
  seed004: 2006,
} as const;
