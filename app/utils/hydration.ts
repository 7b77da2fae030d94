/**
 * Pages are HTML only. A route that truly needs React in the browser opts in with
 * `export const handle = { hydrate: true }`; only then does the document carry <Scripts/>.
 */
export interface HydrationHandle {
  hydrate?: boolean;
}

export function wantsHydration(handles: readonly unknown[]): boolean {
  return handles.some(
    (handle) => typeof handle === "object" && handle !== null && (handle as HydrationHandle).hydrate === true,
  );
}
