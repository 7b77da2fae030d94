/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

// Single fetch is on (remix.config.js): loaders' types follow it, so data(value, { status }) types too.
export {};

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}
