// Synthetic minute data for the demo's SLIs: a daily traffic curve, a little noise, a small
// baseline of bad events and the outages of the demo incidents. Pure and deterministic.
export type DemoOutage = { services: readonly string[]; from: Date; to: Date; badRatio: number };
export type DemoPoint = { minute: Date; good: number; total: number };

/** mulberry32: a tiny seeded generator, so every demo database gets the same curves. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MINUTE = 60_000;

/** One point per whole minute in [from, to), the minute `to` falls in excluded (it has not ended). */
export function demoTraffic(o: {
  seed: number;
  from: Date;
  to: Date;
  perMinute: number;
  baselineBad: number;
  outages: readonly DemoOutage[];
}): DemoPoint[] {
  const next = random(o.seed);
  const first = Math.ceil(o.from.getTime() / MINUTE) * MINUTE;
  const end = Math.floor(o.to.getTime() / MINUTE) * MINUTE;
  const points: DemoPoint[] = [];
  for (let t = first; t < end; t += MINUTE) {
    const hour = new Date(t).getUTCHours() + new Date(t).getUTCMinutes() / 60;
    const daily = 0.65 + 0.35 * Math.sin(((hour - 8) / 24) * 2 * Math.PI);
    const total = Math.max(1, Math.round(o.perMinute * daily * (0.9 + 0.2 * next())));
    const outage = o.outages.find((x) => t >= x.from.getTime() && t < x.to.getTime());
    const badRatio = outage ? outage.badRatio * (0.8 + 0.4 * next()) : o.baselineBad * 2 * next();
    // Rounded at random in proportion, so a tiny baseline still produces its share of bad events.
    const expected = total * badRatio;
    const bad = Math.min(total, Math.floor(expected) + (next() < expected - Math.floor(expected) ? 1 : 0));
    points.push({ minute: new Date(t), good: total - bad, total });
  }
  return points;
}
