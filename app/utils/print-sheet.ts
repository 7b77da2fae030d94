/**
 * A route that is a printable sheet (poster or pocket cards) says so with
 * `export const handle = { printSheet: true }`: the document then prints the sheet alone.
 */
export interface PrintSheetHandle {
  printSheet?: boolean;
}

export function isPrintSheet(handles: readonly unknown[]): boolean {
  return handles.some(
    (handle) => typeof handle === "object" && handle !== null && (handle as PrintSheetHandle).printSheet === true
  );
}
