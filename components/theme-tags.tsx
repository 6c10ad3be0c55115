/** A claim's themes as small tags, each with its colour dot. */
export function ThemeTags({ themes, label }: { themes: readonly { id: string; name: string; colour: string }[]; label?: string }) {
  return (
    <ul className="flex flex-wrap gap-1" aria-label={label}>
      {themes.map((t) => (
        <li key={t.id} className="inline-flex items-center gap-1 rounded bg-stone-100 px-1.5 py-0.5 text-xs whitespace-nowrap">
          <span aria-hidden className="size-2 rounded-full" style={{ backgroundColor: t.colour }} />
          {t.name}
        </li>
      ))}
    </ul>
  );
}
