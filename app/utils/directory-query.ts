import { z } from "zod";
import { audienceIds } from "~/data/audiences";
import type { DirectoryFilter } from "~/directory/filter-services";

/**
 * The directory's GET form, read back from the URL. Anything odd is dropped, not trusted: a
 * shared link with a typo still shows the directory, and says which part it could not use.
 */
const MAX_WORDS_LENGTH = 100;
const MAX_KEPT_AGE_LENGTH = 20;

/** The rule for the age field, said in its error message: a whole number of years in this range. */
export const AGE_LIMITS = { min: 0, max: 120 } as const;

/**
 * Digits as a reader may type them in her own script, read as 0–9: Arabic-Indic (١٥), Persian
 * (۱۵) and Thai (๑๕). A 15-year-old who types her age her own way gets the under-18 link too.
 */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0e50];

export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0e50-\u0e59]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9)!;
    return String(code - zero);
  });
}

const schema = z.object({
  audience: z.enum(audienceIds).optional(),
  // Whole years, written as digits only: not "1e1", "0x10", "12.5" or "-3", which Number() reads.
  age: z
    .string()
    .regex(/^\d{1,3}$/)
    .transform(Number)
    .pipe(z.number().int().min(AGE_LIMITS.min).max(AGE_LIMITS.max))
    .optional(),
  free: z.literal("1").optional(),
  anonymous: z.literal("1").optional(),
  professionals: z.literal("1").optional(),
  q: z.string().max(MAX_WORDS_LENGTH).optional(),
});

export interface DirectoryQuery {
  filter: DirectoryFilter;
  /** The raw values, to fill the form in again. */
  values: { audience: string; age: string; free: boolean; anonymous: boolean; professionals: boolean; q: string };
  /** Fields given but not usable. */
  invalid: ("age" | "audience" | "q")[];
}

export function readDirectoryQuery(params: URLSearchParams): DirectoryQuery {
  const raw = {
    audience: params.get("audience") || undefined,
    age: westernDigits(params.get("age")?.trim() ?? "") || undefined,
    free: params.get("free") || undefined,
    anonymous: params.get("anonymous") || undefined,
    professionals: params.get("professionals") || undefined,
    q: params.get("q")?.trim() || undefined,
  };
  const filter: DirectoryFilter = {};
  const invalid: DirectoryQuery["invalid"] = [];
  for (const key of Object.keys(raw) as (keyof typeof raw)[]) {
    if (raw[key] === undefined) continue;
    const parsed = schema.shape[key].safeParse(raw[key]);
    if (!parsed.success) {
      if (key === "age" || key === "audience" || key === "q") invalid.push(key);
      continue;
    }
    if (key === "audience") filter.audience = parsed.data as DirectoryFilter["audience"];
    if (key === "age") filter.age = parsed.data as number;
    if (key === "free" || key === "anonymous" || key === "professionals") filter[key] = true;
    if (key === "q") filter.words = parsed.data as string;
  }
  return {
    filter,
    invalid,
    values: {
      audience: filter.audience ?? "",
      // A value that could not be used is given back as typed (cut to the field's length), so the
      // reader can see and correct it; React escapes it like any text.
      age: filter.age !== undefined ? String(filter.age) : (raw.age ?? "").slice(0, MAX_KEPT_AGE_LENGTH),
      free: filter.free === true,
      anonymous: filter.anonymous === true,
      professionals: filter.professionals === true,
      q: filter.words ?? (raw.q ?? "").slice(0, MAX_WORDS_LENGTH),
    },
  };
}
