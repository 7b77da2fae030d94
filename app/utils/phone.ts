/**
 * Swedish phone numbers: the site writes them the Swedish way for reading ("08-508 257 40") and
 * dials them as E.164 ("+46850825740"). National short numbers (112, 114 14, 116 111) have no
 * E.164 form and are dialled as written. Whether a number may be published at all is checked on
 * the server with libphonenumber-js (app/directory/phone-numbers.ts).
 */

/** Digits of a written number: "08-508 257 40" → "0850825740". */
export function digitsOf(written: string): string {
  return written.replace(/\D/g, "");
}

/** What a phone record dials: its E.164 form, or the short number's digits (112, 116111). */
export function dialNumber(phone: { number: string; e164: string | null }): string {
  return phone.e164 ?? digitsOf(phone.number);
}
