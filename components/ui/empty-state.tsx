export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-stone-300 bg-white px-6 py-10 text-center">
      <h3 className="text-base font-semibold text-stone-800">{title}</h3>
      {children ? <div className="mx-auto mt-2 max-w-prose text-stone-600">{children}</div> : null}
    </div>
  );
}
