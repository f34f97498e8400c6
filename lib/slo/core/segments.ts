// Splits a minute range into whole UTC days, whole hours and edge minutes, so a 30-day
// window reads ~30 day rollups + <48 hour rollups + <120 raw minutes instead of 43,200 minutes.
import { DAY_MS, HOUR_MS } from "@/lib/time/units";

export type Range = readonly [start: number, end: number];
export interface Segments {
  days: Range[];
  hours: Range[];
  minutes: Range[];
}

const floorTo = (ms: number, unit: number) => Math.floor(ms / unit) * unit;
const ceilTo = (ms: number, unit: number) => Math.ceil(ms / unit) * unit;

function push(into: Range[], start: number, end: number) {
  if (end > start) into.push([start, end]);
}

/** [start, end) as disjoint, covering day/hour/minute ranges (edges are minute-aligned). */
export function segmentsOf(start: number, end: number): Segments {
  const out: Segments = { days: [], hours: [], minutes: [] };
  if (!(end > start)) return out;
  const h0 = ceilTo(start, HOUR_MS);
  const h1 = floorTo(end, HOUR_MS);
  if (h0 >= h1) {
    push(out.minutes, start, end);
    return out;
  }
  push(out.minutes, start, h0);
  push(out.minutes, h1, end);
  const d0 = ceilTo(h0, DAY_MS);
  const d1 = floorTo(h1, DAY_MS);
  if (d0 >= d1) {
    push(out.hours, h0, h1);
    return out;
  }
  push(out.hours, h0, d0);
  push(out.hours, d1, h1);
  push(out.days, d0, d1);
  return out;
}
