import type { OutlineHeading } from "@/lib/sources/outline";

export type OutlineEntry = Pick<OutlineHeading, "id" | "text" | "level"> & {
  /** The heading's anchor, through its part's page when it is read in another part. */
  href: string;
  /** The number (from 1) of the other part this heading opens; in the part on screen, none. */
  elsewhere?: number;
};

/** The source's headings to jump by; another part of a long source is listed by its first heading, which opens that part at it. */
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
            {h.elsewhere ? <span className="text-xs text-stone-500"> · part {h.elsewhere}</span> : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
