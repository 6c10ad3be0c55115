import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

/**
 * Renders user-written Markdown (comments, later briefs) safely, on the
 * server or the client. Raw HTML stays text (react-markdown never renders it
 * and no rehype-raw is used); links keep only http, https, mailto and
 * in-page targets; images are never loaded — each becomes a link to its
 * address, so no request leaves the browser for a third-party image.
 * Mention tokens `@[Name](user:<id>)` show as "@Name" chips.
 */
export function Markdown({ source, mentions, className = "" }: { source: string; mentions?: { id: string; name: string }[]; className?: string }) {
  const names = mentions ? new Map(mentions.map((m) => [m.id, m.name])) : null;
  return (
    <div className={`markdown ${className}`}>
      <ReactMarkdown
        remarkPlugins={[remarkGfm, [remarkMentionsAndImages, { names }]]}
        urlTransform={safeUrl}
        disallowedElements={["img"]}
        components={COMPONENTS}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}

const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/** Keeps http, https and mailto addresses and in-page anchors; anything else becomes no link. */
export function safeUrl(url: string): string {
  const value = url.trim();
  if (/^#[\w-]*$/.test(value)) return value;
  try {
    const parsed = new URL(value);
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : "";
  } catch {
    return "";
  }
}

const COMPONENTS: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow" className="text-blue-700 underline hover:text-blue-900">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  span: ({ node: _node, ...props }) => {
    const id = (props as Record<string, unknown>)["data-mention-id"];
    if (typeof id !== "string") return <span {...props} />;
    return (
      <span data-mention-id={id} className="rounded bg-blue-50 px-1 font-medium text-blue-800">
        {props.children}
      </span>
    );
  },
};

/** Just enough of the Markdown tree (mdast) for the plugin below. */
type MdNode = { type: string; value?: string; url?: string; alt?: string | null; children?: MdNode[]; data?: Record<string, unknown> };

const MENTION_URL = /^user:([A-Za-z0-9_-]{1,64})$/;

/**
 * Turns `@[Name](user:<id>)` into a mention chip (with the member's current
 * name when known; a mention of someone not recorded on the comment stays
 * plain text) and every image into a link, or into text inside a link.
 */
function remarkMentionsAndImages(options: { names: Map<string, string> | null }) {
  return (tree: MdNode) => walk(tree, false, options.names);
}

function walk(node: MdNode, insideLink: boolean, names: Map<string, string> | null): void {
  const children = node.children;
  if (!children) return;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const previous = children[i - 1];
    const mention = child.type === "link" ? MENTION_URL.exec(child.url ?? "") : null;
    if (mention && previous?.type === "text" && previous.value?.endsWith("@")) {
      previous.value = previous.value.slice(0, -1);
      const label = (child.children ?? []).map((c) => c.value ?? "").join("");
      const id = mention[1]!;
      const name = names ? names.get(id) : label;
      children[i] = name
        ? { type: "mention", data: { hName: "span", hProperties: { "data-mention-id": id }, hChildren: [{ type: "text", value: `@${name}` }] } }
        : { type: "text", value: `@${label}` };
      continue;
    }
    if (child.type === "image") {
      const text = `Image: ${child.alt || child.url || ""}`.trim();
      children[i] = insideLink ? { type: "text", value: `[${text}]` } : { type: "link", url: child.url, children: [{ type: "text", value: text }] };
      continue;
    }
    walk(child, insideLink || child.type === "link" || child.type === "linkReference", names);
  }
}
