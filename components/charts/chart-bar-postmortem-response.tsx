"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";

/** Minutes from the incident's start to each response moment. */
export function ChartBarPostmortemResponse({
  rows,
  label,
}: {
  rows: { label: string; minutes: number | null }[];
  label: string;
}) {
  return (
    <div role="img" aria-label={label} style={{ width: "100%", height: 200 }}>
      <ResponsiveContainer>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 48, bottom: 0, left: 24 }}>
          <CartesianGrid stroke="var(--chart-grid)" horizontal={false} />
          <XAxis type="number" stroke="var(--chart-axis)" fontSize={12} unit=" min" />
          <YAxis type="category" dataKey="label" stroke="var(--chart-axis)" fontSize={12} width={96} />
          <Bar dataKey="minutes" fill="var(--chart-1)" isAnimationActive={false}>
            <LabelList
              dataKey="minutes"
              position="right"
              fontSize={12}
              formatter={(v: unknown) => (typeof v === "number" ? `${v} min` : "—")}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
