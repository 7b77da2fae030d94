import { parsePhoneNumberFromString, type NumberType } from "libphonenumber-js/max";
import { digitsOf } from "~/utils/phone";

/**
 * Which numbers the directory may publish, checked with libphonenumber-js (the port of Google's
 * libphonenumber, with its full "max" metadata so it can tell a number's type), never with a
 * hand-written pattern:
 * - a number with an E.164 form must be valid for Sweden, of a type a person can call without a
 *   surcharge (fixed line, mobile, toll free), and its written form ("08-508 257 40") must be the
 *   same number as its E.164 form ("+46850825740"); premium-rate and shared-cost numbers are refused;
 * - a number without one must be a national short number from SHORT_NUMBERS. libphonenumber-js has
 *   no short-number metadata (Google's ShortNumberInfo is not ported), so the list is explicit.
 */

/** The short numbers shared/FACTS.md names and the site uses: 112, 114 14 (police), 116 111 (BRIS). */
export const SHORT_NUMBERS: readonly string[] = Object.freeze(["112", "11414", "116111"]);

const CALLABLE_TYPES: ReadonlySet<NumberType> = new Set<NumberType>([
  "FIXED_LINE",
  "MOBILE",
  "FIXED_LINE_OR_MOBILE",
  "TOLL_FREE",
]);

/** How a number is written for reading: digits, spaces and hyphens ("08-508 25 501"). */
export const WRITTEN_NUMBER = /^[0-9][0-9 -]{1,20}$/;

export function isListedShortNumber(written: string): boolean {
  return SHORT_NUMBERS.includes(digitsOf(written));
}

/**
 * What is wrong with a phone record's number, or null when nothing is. The messages name the
 * number only once it has the form of a written number, so a log line never repeats free text.
 */
export function phoneNumberProblem(number: string, e164: string | null): string | null {
  if (!WRITTEN_NUMBER.test(number)) return "not written as digits, spaces and hyphens";
  if (e164 === null) {
    return isListedShortNumber(number) ? null : `${number}: no E.164 form, and not a listed short number`;
  }
  const written = parsePhoneNumberFromString(number, "SE");
  if (!written || written.country !== "SE" || !written.isValid()) return `${number}: not a valid Swedish number`;
  const type = written.getType();
  if (!type || !CALLABLE_TYPES.has(type)) return `${number}: ${type ?? "unknown type"} is not a number we publish`;
  const dialled = parsePhoneNumberFromString(e164);
  if (!dialled || dialled.number !== e164) return `${number}: its E.164 form is not written in E.164`;
  if (written.number !== dialled.number) return `${number} is written as ${written.number} but dials ${e164}`;
  return null;
}
