"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = ["sources", "claims", "themes", "briefs", "activity", "members"] as const;

/** The project's tabs; "reviews", with how many claims await the user, for those who may review. */
export function ProjectTabs({ projectId, showSettings, reviewCount }: { projectId: string; showSettings: boolean; reviewCount?: number }) {
  const pathname = usePathname();
  const tabs: string[] = [...TABS];
  if (reviewCount !== undefined) tabs.splice(2, 0, "reviews");
  if (showSettings) tabs.push("settings");
  return (
    <nav aria-label="Project" className="flex gap-1 overflow-x-auto border-b border-stone-200">
      {tabs.map((tab) => {
        const href = `/projects/${projectId}/${tab}`;
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={tab}
            href={href}
            aria-current={active ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 capitalize ${
              active ? "border-blue-700 font-medium text-stone-900" : "border-transparent text-stone-600 hover:text-stone-900"
            }`}
          >
            {tab}
            {tab === "reviews" && reviewCount ? (
              <>
                {" "}
                <span className="ml-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900 tabular-nums" data-testid="reviews-tab-count">
                  {reviewCount.toLocaleString("en")}
                </span>
                <span className="sr-only"> awaiting your review</span>
              </>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
}
