/**
 * For a service whose own number is not for the reader (Barnahus: a consultation line for
 * professionals), the services a child or parent can call instead, in order (FACTS.md, "Notes on
 * reaching them"), and the key of the text that says how people come to the service.
 */
export interface ServiceGuidance {
  /** Key in the services namespace: how a person comes to this service. */
  howToReachKey: string;
  /** Services whose public numbers the page offers instead, by id. */
  callInstead: readonly string[];
}

export const serviceGuidance: Readonly<Record<string, ServiceGuidance>> = {
  barnahus: { howToReachKey: "barnahus.howToReach", callInstead: ["stodcentrum", "bris", "emergency-112"] },
};
