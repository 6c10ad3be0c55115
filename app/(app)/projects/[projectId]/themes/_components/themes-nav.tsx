import Link from "next/link";

/** Codebook | Coverage, under the project's Themes tab. */
export function ThemesNav({ projectId, current }: { projectId: string; current: "codebook" | "coverage" }) {
  const link = (key: typeof current, href: string, label: string) => (
    <Link
      href={href}
      aria-current={current === key ? "page" : undefined}
      className={`rounded-md px-2.5 py-1 ${current === key ? "bg-stone-200 font-medium text-stone-900" : "text-stone-600 hover:bg-stone-100"}`}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label="Themes" className="mb-4 flex gap-1">
      {link("codebook", `/projects/${projectId}/themes`, "Codebook")}
      {link("coverage", `/projects/${projectId}/themes/coverage`, "Coverage")}
    </nav>
  );
}
