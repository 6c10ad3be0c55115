import Link from "next/link";

export default function NotFound() {
  return (
    <div className="flex flex-col items-center justify-center gap-2 px-4 py-24 text-center">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="text-stone-600">This page does not exist, or you do not have access to it.</p>
      <Link href="/" className="text-blue-700 hover:underline">
        Go to your projects
      </Link>
    </div>
  );
}
