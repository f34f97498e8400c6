// Lengths of time in milliseconds, for epoch arithmetic. Calendar-aware steps (months, days
// across daylight-saving changes) go through lib/time/zones.ts instead.
export const SECOND_MS = 1_000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;
