"use client";

import { Bar, BarChart, CartesianGrid, Rectangle, Tooltip, XAxis, YAxis } from "recharts";

export type ThemeBar = { id: string; label: string; name: string; colour: string; claims: number; rolledUpClaims: number };

const shorten = (text: string, max = 34) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Claims per theme, sub-themes rolled up, one bar in each theme's colour. */
export function ThemeBarChart({ data }: { data: ThemeBar[] }) {
  return (
    <BarChart
      responsive
      layout="vertical"
      data={data}
      style={{ width: "100%", height: Math.max(160, data.length * 28 + 48) }}
      margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
    >
      <CartesianGrid horizontal={false} stroke="#e7e5e4" />
      <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: "#57534e" }} />
      <YAxis type="category" dataKey="label" width={230} interval={0} tick={{ fontSize: 12, fill: "#292524" }} tickFormatter={(v: string) => shorten(v)} />
      <Tooltip
        cursor={{ fill: "#f5f5f4" }}
        formatter={(value, _name, item) => {
          const bar = item.payload as ThemeBar;
          return [`${value} (${bar.claims} tagged directly)`, "Claims with sub-themes"];
        }}
        labelFormatter={(_label, payload) => (payload[0]?.payload as ThemeBar | undefined)?.name ?? ""}
      />
      <Bar
        dataKey="rolledUpClaims"
        name="Claims with sub-themes"
        isAnimationActive={false}
        shape={(props) => <Rectangle {...props} fill={(props.payload as ThemeBar).colour} />}
      />
    </BarChart>
  );
}
