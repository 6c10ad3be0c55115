import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { requireUser } from "@/lib/auth";
import { formatDate } from "@/lib/format";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";
import { CreateTokenForm } from "./_components/create-token-form";
import { RevokeTokenButton } from "./_components/revoke-token-button";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const user = await requireUser();
  const tokens = await listApiTokens({ userId: user.id });
  const now = new Date();
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_320px]">
      <section aria-labelledby="tokens-heading">
        <h1 id="tokens-heading" className="mb-1 text-xl font-semibold">
          Personal API tokens
        </h1>
        <p className="mb-4 max-w-prose text-stone-600">
          A token lets a script use the Claimwork API as you, with your rights in your projects. Send it as{" "}
          <code className="rounded bg-stone-100 px-1">Authorization: Bearer &lt;token&gt;</code> to{" "}
          <code className="rounded bg-stone-100 px-1">/api/v1</code>.
        </p>
        {tokens.length === 0 ? (
          <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">No tokens yet.</p>
        ) : (
          <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white" data-testid="token-list">
            {tokens.map((token) => {
              const expired = token.expiresAt !== null && token.expiresAt <= now;
              return (
                <li key={token.id} className="flex items-center gap-3 px-4 py-3">
                  <div className="min-w-0 flex-1">
                    <p className="font-medium">
                      {token.name} <code className="text-xs text-stone-500">{token.prefix}…</code>
                    </p>
                    <p className="text-xs text-stone-500">
                      Created {formatDate(token.createdAt)} ·{" "}
                      {token.lastUsedAt ? `last used ${formatDate(token.lastUsedAt)}` : "never used"}
                      {token.expiresAt ? ` · ${expired ? "expired" : "expires"} ${formatDate(token.expiresAt)}` : " · never expires"}
                    </p>
                  </div>
                  {token.revokedAt ? (
                    <Badge tone="red">Revoked</Badge>
                  ) : expired ? (
                    <Badge tone="amber">Expired</Badge>
                  ) : (
                    <RevokeTokenButton tokenId={token.id} name={token.name} />
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <aside aria-labelledby="new-token-heading" className="h-fit rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="new-token-heading" className="mb-3 text-base font-semibold">
          New token
        </h2>
        <CreateTokenForm />
      </aside>
    </div>
  );
}
