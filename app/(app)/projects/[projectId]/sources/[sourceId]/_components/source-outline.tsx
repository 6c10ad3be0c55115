import type { OutlineHeading } from "@/lib/sources/outline";

export type OutlineEntry = Pick<OutlineHeading, "id" | "text" | "level"> & {
  /** The heading's anchor, through its part's page when it is read in another part. */
  href: string;
  elsewhere: boolean;
};

/** The source's headings to jump by; a heading in another part of a long source opens that part at it. */
export function SourceOutline({ headings, className = "" }: { headings: OutlineEntry[]; className?: string }) {
  const top = Math.min(...headings.map((h) => h.level));
  return (
    <nav aria-label="Contents" className={`font-sans text-sm ${className}`}>
      <ol className="space-y-1">
        {headings.map((h) => (
          <li key={h.id} style={{ paddingLeft: `${(h.level - top) * 0.75}rem` }}>
            <a href={h.href} className="text-blue-700 hover:underline">
              {h.text}
            </a>
            {h.elsewhere ? <span className="text-xs text-stone-500"> · another part</span> : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
