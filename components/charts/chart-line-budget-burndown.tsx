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

export type BurndownPoint = { t: number; remainingRatio: number };
export type IncidentSpan = { label: string; start: number; end: number };

const day = (t: number) => new Date(t).toISOString().slice(5, 16).replace("T", " ");
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** Share of the error budget left over the window, with incidents shaded and the freeze threshold drawn. */
export function ChartLineBudgetBurndown({
  points,
  incidents,
  freezeBelow,
}: {
  points: BurndownPoint[];
  incidents: IncidentSpan[];
  freezeBelow: number;
}) {
  const last = points.at(-1);
  return (
    <div
      role="img"
      aria-label={`Error budget remaining over the window, now ${last ? pct(last.remainingRatio) : "unknown"}`}
      style={{ width: "100%", height: 240 }}
    >
      <ResponsiveContainer>
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            domain={["dataMin", "dataMax"]}
            tickFormatter={day}
            stroke="var(--chart-axis)"
            fontSize={12}
          />
          <YAxis tickFormatter={pct} stroke="var(--chart-axis)" fontSize={12} width={64} />
          <Tooltip labelFormatter={(t) => day(Number(t))} formatter={(v) => pct(Number(v))} />
          {incidents.map((i) => (
            <ReferenceArea
              key={i.label}
              x1={i.start}
              x2={i.end}
              fill="var(--tone-sev2-solid)"
              fillOpacity={0.12}
              label={{ value: i.label, fontSize: 11, position: "insideTop" }}
            />
          ))}
          <ReferenceLine y={freezeBelow} stroke="var(--tone-sev1-solid)" strokeDasharray="4 4" />
          <Line
            dataKey="remainingRatio"
            name="Budget remaining"
            stroke="var(--chart-1)"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
