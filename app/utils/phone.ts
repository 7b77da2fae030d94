/**
 * Swedish phone numbers: the site writes them the Swedish way for reading ("08-508 257 40") and
 * dials them as E.164 ("+46850825740"). National short numbers (112, 114 14, 116 111) have no
 * E.164 form and are dialled as written.
 */

const SWEDEN = "+46";

/** Digits of a written number: "08-508 257 40" → "0850825740". */
export function digitsOf(written: string): string {
  return written.replace(/\D/g, "");
}

/** The E.164 form of a written Swedish number with its trunk 0: "08-508 257 40" → "+46850825740". */
export function toE164(written: string): string | null {
  const digits = digitsOf(written);
  if (!/^0[1-9]\d{5,9}$/.test(digits)) return null;
  return `${SWEDEN}${digits.slice(1)}`;
}

/** Whether a written number is a national short number such as 112 or 116 111. */
export function isShortNumber(written: string): boolean {
  return /^1\d{2,5}$/.test(digitsOf(written));
}

/** What a phone record dials: its E.164 form, or the short number's digits (112, 116111). */
export function dialNumber(phone: { number: string; e164: string | null }): string {
  return phone.e164 ?? digitsOf(phone.number);
}
