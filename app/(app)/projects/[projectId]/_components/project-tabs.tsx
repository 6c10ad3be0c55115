"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = ["sources", "claims", "themes", "briefs", "activity", "members"] as const;

export function ProjectTabs({ projectId, showSettings }: { projectId: string; showSettings: boolean }) {
  const pathname = usePathname();
  const tabs: string[] = showSettings ? [...TABS, "settings"] : [...TABS];
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
          </Link>
        );
      })}
    </nav>
  );
}
