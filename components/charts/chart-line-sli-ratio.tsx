"use client";

import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { IncidentSpan } from "./chart-line-budget-burndown";

export type SliPoint = { t: number; ratio: number | null };

const hour = (t: number) => new Date(t).toISOString().slice(5, 16).replace("T", " ");
const pct = (x: number) => `${(x * 100).toFixed(3)} %`;

/** Hourly good/total of the SLI against the SLO target; hours without data are gaps. */
export function ChartLineSliRatio({
  points,
  target,
  incidents,
}: {
  points: SliPoint[];
  target: number;
  incidents: IncidentSpan[];
}) {
  return (
    <div
      role="img"
      aria-label={`SLI good ratio per hour against the ${pct(target)} target`}
      style={{ width: "100%", height: 240 }}
    >
      <ResponsiveContainer>
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            domain={["dataMin", "dataMax"]}
            tickFormatter={hour}
            stroke="var(--chart-axis)"
            fontSize={12}
          />
          <YAxis domain={["auto", 1]} tickFormatter={pct} stroke="var(--chart-axis)" fontSize={12} width={80} />
          <Tooltip labelFormatter={(t) => hour(Number(t))} formatter={(v) => pct(Number(v))} />
          {incidents.map((i) => (
            <ReferenceArea key={i.label} x1={i.start} x2={i.end} fill="var(--tone-sev2-solid)" fillOpacity={0.12} />
          ))}
          <ReferenceLine y={target} stroke="var(--chart-3)" strokeDasharray="4 4" />
          <Line
            dataKey="ratio"
            name="Good ratio"
            stroke="var(--chart-2)"
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
