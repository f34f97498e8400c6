"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type WeekRow = { weekStart: string; SEV1: number; SEV2: number; SEV3: number; SEV4: number };

const SERIES = [
  { key: "SEV1", color: "var(--tone-sev1-solid)" },
  { key: "SEV2", color: "var(--tone-sev2-solid)" },
  { key: "SEV3", color: "var(--chart-3)" },
  { key: "SEV4", color: "var(--chart-5)" },
] as const;

/** Incidents started per ISO week, stacked by severity. */
export function ChartBarIncidentsPerWeek({ weeks }: { weeks: WeekRow[] }) {
  return (
    <div
      role="img"
      aria-label={`Incidents per week: ${weeks.map((w) => `${w.weekStart} ${w.SEV1 + w.SEV2 + w.SEV3 + w.SEV4}`).join(", ")}`}
      style={{ width: "100%", height: 260 }}
    >
      <ResponsiveContainer>
        <BarChart data={weeks} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
          <XAxis dataKey="weekStart" stroke="var(--chart-axis)" fontSize={12} />
          <YAxis allowDecimals={false} stroke="var(--chart-axis)" fontSize={12} />
          <Tooltip />
          <Legend />
          {SERIES.map((s) => (
            <Bar key={s.key} dataKey={s.key} stackId="severity" fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
