import { createContext, useContext } from "react";

/** The CSP nonce of a page that hydrates; undefined for the (usual) pages that ship no React. */
export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
