"use client";

import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";

export type MatrixPoint = { x: number; y: number; claims: number };

const shorten = (text: string, max = 22) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The co-occurrence matrix as a bubble grid: the larger the bubble, the more claims carry both themes. */
export function CoOccurrenceChart({ names, points }: { names: string[]; points: MatrixPoint[] }) {
  const ticks = names.map((_, i) => i);
  const label = (i: number) => names[i] ?? "";
  const size = Math.max(260, names.length * 34 + 170);
  return (
    <ScatterChart
      responsive
      style={{ width: "100%", maxWidth: size + 120, height: size }}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
    >
      <CartesianGrid stroke="#e7e5e4" />
      <XAxis
        type="number"
        dataKey="x"
        domain={[-0.5, names.length - 0.5]}
        ticks={ticks}
        interval={0}
        tickFormatter={(i: number) => shorten(label(i))}
        angle={-40}
        textAnchor="end"
        height={140}
        tick={{ fontSize: 11, fill: "#292524" }}
      />
      <YAxis
        type="number"
        dataKey="y"
        domain={[-0.5, names.length - 0.5]}
        ticks={ticks}
        interval={0}
        reversed
        tickFormatter={(i: number) => shorten(label(i))}
        width={170}
        tick={{ fontSize: 11, fill: "#292524" }}
      />
      <ZAxis type="number" dataKey="claims" range={[30, 700]} />
      <Tooltip
        cursor={{ strokeDasharray: "3 3" }}
        content={({ active, payload }) => {
          const point = payload?.[0]?.payload as MatrixPoint | undefined;
          if (!active || !point) return null;
          return (
            <div className="rounded-md border border-stone-200 bg-white px-2.5 py-1.5 text-xs shadow-sm">
              <p className="font-medium">
                {label(point.y)} × {label(point.x)}
              </p>
              <p>
                {point.claims} {point.claims === 1 ? "claim" : "claims"} with both
              </p>
            </div>
          );
        }}
      />
      <Scatter data={points} fill="#1d4ed8" fillOpacity={0.75} isAnimationActive={false} />
    </ScatterChart>
  );
}
