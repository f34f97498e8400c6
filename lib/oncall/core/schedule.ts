// Who is on call, computed from a schedule's layers and overrides. Pure: the data layer loads
// a schedule, this module answers for any instant or span, so every rule is unit-tested.
//
// Rotations turn on the wall clock of their time zone: a 09:00 hand-off stays at 09:00 local
// time across daylight-saving changes (that day's shift is an hour shorter or longer).
import { MINUTE_MS, DAY_MS } from "@/lib/time/units";
import { localParts, wallAsUtc, zoneOffsetMs, zonedWallTime } from "@/lib/time/zones";

export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A window in which a layer is on duty: every day, or weekly from `startDay`. */
export interface Restriction {
  /** ISO weekday (1 = Monday) the window starts on; absent: every day. */
  startDay?: IsoWeekday;
  /** Local "HH:mm" in the layer's time zone. */
  startTime: string;
  /** Wall-clock minutes; a window may cross midnight (22:00 for 480 minutes ends at 06:00). */
  durationMinutes: number;
}

export interface Layer {
  id: string;
  /** The rotation's first hand-off as a wall-clock reading in `timeZone`, "2026-03-02T09:00". */
  start: string;
  /** The layer stops at this instant (epoch ms); absent: it runs on. */
  end?: number | null;
  timeZone: string;
  /** Shift length in wall-clock minutes: 1440 daily, 10080 weekly, 60 × n for n hours. */
  shiftMinutes: number;
  /** User ids in rotation order. */
  participants: readonly string[];
  restrictions?: readonly Restriction[];
}

/** Someone covers [start, end) whatever the layers say. */
export interface Override {
  id: string;
  userId: string;
  start: number;
  end: number;
}

export interface ScheduleDefinition {
  /** Layers from lowest to highest: a higher layer wins where both have someone on duty. */
  layers: readonly Layer[];
  overrides: readonly Override[];
}

export type SpanSource =
  { kind: "layer"; layerId: string } | { kind: "override"; overrideId: string } | { kind: "gap" };

/** [start, end) with the person on call, or null in a coverage gap. */
export interface Span {
  start: number;
  end: number;
  userId: string | null;
  source: SpanSource;
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

/** "HH:mm" → minutes after midnight; throws on anything else. */
export function parseTimeOfDay(value: string): number {
  const m = HHMM.exec(value);
  if (!m) throw new RangeError(`"${value}" is not a time of day (HH:mm).`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** "2026-03-02T09:00" → that reading encoded as by wallAsUtc. */
export function parseLocalDateTime(value: string): number {
  const m = LOCAL_DATE_TIME.exec(value);
  if (!m) throw new RangeError(`"${value}" is not a local date and time (YYYY-MM-DDTHH:mm).`);
  const wall = wallAsUtc(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
  const back = new Date(wall);
  if (back.getUTCDate() !== Number(m[3]) || back.getUTCMonth() + 1 !== Number(m[2]))
    throw new RangeError(`"${value}" is not a calendar date.`);
  return wall;
}

const wallOf = (t: number, timeZone: string) => t + zoneOffsetMs(t, timeZone);

/** The rotation's own shifts overlapping [from, to), before restrictions. */
export function rotationShifts(layer: Layer, from: number, to: number): Span[] {
  const n = layer.participants.length;
  if (n === 0 || layer.shiftMinutes <= 0) return [];
  const startWall = parseLocalDateTime(layer.start);
  const len = layer.shiftMinutes * MINUTE_MS;
  const shiftStart = (k: number) => zonedWallTime(startWall + k * len, layer.timeZone);
  const stop = Math.min(to, layer.end ?? Number.POSITIVE_INFINITY);
  // Estimate the shift holding `from` on the wall clock, then step to the exact one.
  let k = Math.max(0, Math.floor((wallOf(from, layer.timeZone) - startWall) / len));
  while (k > 0 && shiftStart(k) > from) k--;
  while (shiftStart(k + 1) <= from) k++;
  const spans: Span[] = [];
  for (; ; k++) {
    const start = shiftStart(k);
    if (start >= stop) break;
    const end = Math.min(shiftStart(k + 1), stop);
    if (end > from && end > start)
      spans.push({
        start: Math.max(start, from),
        end,
        userId: layer.participants[k % n]!,
        source: { kind: "layer", layerId: layer.id },
      });
  }
  return spans;
}

const isoWeekday = (wallMidnight: number): IsoWeekday => (new Date(wallMidnight).getUTCDay() || 7) as IsoWeekday;

/** The layer's on-duty windows overlapping [from, to), merged; null when it is unrestricted. */
export function restrictionWindows(layer: Layer, from: number, to: number): [number, number][] | null {
  const restrictions = layer.restrictions ?? [];
  if (restrictions.length === 0) return null;
  const windows: [number, number][] = [];
  const first = localParts(from, layer.timeZone);
  const last = localParts(to, layer.timeZone);
  // A weekly window may have started up to a week before `from`.
  const firstDay = wallAsUtc(first.year, first.month, first.day) - 7 * DAY_MS;
  const lastDay = wallAsUtc(last.year, last.month, last.day);
  for (let day = firstDay; day <= lastDay; day += DAY_MS) {
    for (const r of restrictions) {
      if (r.startDay !== undefined && r.startDay !== isoWeekday(day)) continue;
      const startWall = day + parseTimeOfDay(r.startTime) * MINUTE_MS;
      const start = zonedWallTime(startWall, layer.timeZone);
      const end = zonedWallTime(startWall + r.durationMinutes * MINUTE_MS, layer.timeZone);
      if (end > from && start < to && end > start) windows.push([Math.max(start, from), Math.min(end, to)]);
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const w of windows) {
    const prev = merged[merged.length - 1];
    if (prev && w[0] <= prev[1]) prev[1] = Math.max(prev[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  return merged;
}

/** A layer's coverage in [from, to): its shifts cut to its restriction windows. */
export function layerSpans(layer: Layer, from: number, to: number): Span[] {
  const shifts = rotationShifts(layer, from, to);
  const windows = restrictionWindows(layer, from, to);
  if (!windows) return shifts;
  const out: Span[] = [];
  for (const s of shifts)
    for (const [ws, we] of windows) {
      const start = Math.max(s.start, ws);
      const end = Math.min(s.end, we);
      if (end > start) out.push({ ...s, start, end });
    }
  return out;
}

/**
 * The final schedule over [from, to): overrides (in the order given, later first) beat every
 * layer, a higher layer beats a lower one, and what nobody covers is a gap. Adjacent spans of one person from one source merge.
 */
export function finalSchedule(schedule: ScheduleDefinition, from: number, to: number): Span[] {
  if (!(to > from)) return [];
  const candidates: { span: Span; rank: number }[] = [];
  schedule.layers.forEach((layer, i) => {
    for (const span of layerSpans(layer, from, to)) candidates.push({ span, rank: i });
  });
  // Overrides rank above every layer, a later one above an earlier one (the newest cover wins).
  schedule.overrides.forEach((o, i) => {
    const start = Math.max(o.start, from);
    const end = Math.min(o.end, to);
    if (end > start)
      candidates.push({
        span: { start, end, userId: o.userId, source: { kind: "override", overrideId: o.id } },
        rank: schedule.layers.length + i,
      });
  });
  const cuts = [...new Set([from, to, ...candidates.flatMap((c) => [c.span.start, c.span.end])])].sort((a, b) => a - b);
  const out: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    let best: { span: Span; rank: number } | undefined;
    for (const c of candidates)
      if (c.span.start <= start && c.span.end >= end && (!best || c.rank > best.rank)) best = c;
    const piece: Span = best
      ? { start, end, userId: best.span.userId, source: best.span.source }
      : { start, end, userId: null, source: { kind: "gap" } };
    const prev = out[out.length - 1];
    if (prev && prev.end === start && prev.userId === piece.userId && sameSource(prev.source, piece.source))
      prev.end = end;
    else out.push(piece);
  }
  return out;
}

function sameSource(a: SpanSource, b: SpanSource): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "layer" && b.kind === "layer") return a.layerId === b.layerId;
  if (a.kind === "override" && b.kind === "override") return a.overrideId === b.overrideId;
  return true;
}

/** Who is on call at instant t: the person (null in a gap) and which layer or override says so. */
export function onCallAt(schedule: ScheduleDefinition, t: number): Pick<Span, "userId" | "source"> {
  const [span] = finalSchedule(schedule, t, t + 1);
  return { userId: span!.userId, source: span!.source };
}

/** The coverage gaps in [from, to). */
export function coverageGaps(schedule: ScheduleDefinition, from: number, to: number): Span[] {
  return finalSchedule(schedule, from, to).filter((s) => s.userId === null);
}
