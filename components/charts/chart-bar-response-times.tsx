"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Median minutes per group (severity or service); null where nothing was measured. */
export type ResponseTimeRow = {
  group: string;
  mtta: number | null;
  timeToMitigate: number | null;
  mttr: number | null;
};

const SERIES = [
  { key: "mtta", name: "Time to acknowledge", color: "var(--chart-1)" },
  { key: "timeToMitigate", name: "Time to mitigate", color: "var(--chart-2)" },
  { key: "mttr", name: "Time to resolve", color: "var(--chart-3)" },
] as const;

const minutes = (value: unknown) => (typeof value === "number" ? `${value.toFixed(1)} min` : "—");

export function ChartBarResponseTimes({ rows, label }: { rows: ResponseTimeRow[]; label: string }) {
  return (
    <div role="img" aria-label={label} style={{ width: "100%", height: 280 }}>
      <ResponsiveContainer>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
          <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
          <XAxis dataKey="group" stroke="var(--chart-axis)" fontSize={12} />
          <YAxis stroke="var(--chart-axis)" fontSize={12} unit=" m" />
          <Tooltip formatter={minutes} />
          <Legend />
          {SERIES.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
