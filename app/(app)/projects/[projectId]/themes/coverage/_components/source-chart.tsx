"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

export type SourceRow = { id: string; title: string } & Record<string, number | string>;
export type ChartTheme = { id: string; name: string; colour: string };

const shorten = (text: string, max = 30) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Claims of each source, stacked by top-level theme (a claim with two themes counts under both). */
export function SourceChart({ data, themes }: { data: SourceRow[]; themes: ChartTheme[] }) {
  return (
    <BarChart
      responsive
      layout="vertical"
      data={data}
      style={{ width: "100%", height: Math.max(200, data.length * 30 + 110) }}
      margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
    >
      <CartesianGrid horizontal={false} stroke="#e7e5e4" />
      <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: "#57534e" }} />
      <YAxis type="category" dataKey="title" width={200} interval={0} tick={{ fontSize: 12, fill: "#292524" }} tickFormatter={(v: string) => shorten(v)} />
      <Tooltip cursor={{ fill: "#f5f5f4" }} />
      <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
      {themes.map((theme) => (
        <Bar key={theme.id} dataKey={theme.id} name={theme.name} stackId="themes" fill={theme.colour} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
