import Link from "next/link";

export default function ProjectNotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-xl font-semibold">Project not found</h1>
      <p className="mt-2 text-stone-600">It does not exist, or you are not a member of it.</p>
      <Link href="/" className="mt-4 inline-block text-blue-700 hover:underline">
        Back to your projects
      </Link>
    </div>
  );
}
