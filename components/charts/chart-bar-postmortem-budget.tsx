"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from "recharts";

/** Error budget left per SLO at the incident's start and at its end, in percent. */
export function ChartBarPostmortemBudget({
  rows,
  label,
}: {
  rows: { name: string; before: number | null; after: number | null }[];
  label: string;
}) {
  return (
    <div role="img" aria-label={label} style={{ width: "100%", height: Math.max(140, rows.length * 56 + 60) }}>
      <ResponsiveContainer>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 0, left: 24 }}>
          <CartesianGrid stroke="var(--chart-grid)" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} stroke="var(--chart-axis)" fontSize={12} unit=" %" />
          <YAxis type="category" dataKey="name" stroke="var(--chart-axis)" fontSize={12} width={140} />
          <Legend />
          <Bar
            dataKey="before"
            name="Left at the start"
            fill="var(--chart-5)"
            fillOpacity={0.45}
            isAnimationActive={false}
          />
          <Bar dataKey="after" name="Left at the end" fill="var(--chart-5)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
