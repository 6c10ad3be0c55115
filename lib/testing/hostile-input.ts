/**
 * A corpus of hostile input: text that would run script, load something from
 * elsewhere, break a parser, upset PostgreSQL or mislead a reader if Claimwork
 * handled it carelessly. The integration tests push it through every lib/
 * operation that takes text, the e2e tests through the API and onto every page.
 *
 * Every payload that could execute sets `window.__pwned` or opens a dialog, and
 * every one that could load something names evil.example, so a browser test
 * sees at once when one got through.
 */

export type HostileInput = {
  name: string;
  /** What it tries, and what Claimwork must do instead. */
  why: string;
  value: string;
};

const entry = (name: string, why: string, value: string): HostileInput => ({ name, why, value });

/** Markup and script: must be stored and shown as the very characters typed. */
export const MARKUP: HostileInput[] = [
  entry("script tag", "The classic: a page that inserts it as HTML runs it.", "<script>window.__pwned = 'script'; alert('script')</script>"),
  entry("img onerror", "An event handler on a broken image runs without any script tag.", '<img src="https://evil.example/x.png" onerror="window.__pwned = \'img\'">'),
  entry("svg onload", "SVG elements carry their own event handlers.", "<svg onload=\"window.__pwned = 'svg-onload'\"><circle r=\"1\"/></svg>"),
  entry("svg script", "SVG may hold a script element of its own.", "<svg><script>window.__pwned = 'svg-script'</script></svg>"),
  entry("html javascript: link", "A link whose address is script runs when clicked.", "<a href=\"javascript:window.__pwned='a-href'\">read the report</a>"),
  entry("html data: link", "A data: document runs script in a new window.", "<a href=\"data:text/html,<script>window.__pwned='data'</script>\">open</a>"),
  entry("iframe", "Frames load other pages, possibly script.", "<iframe src=\"javascript:window.__pwned='iframe'\"></iframe><iframe src=\"https://evil.example/\"></iframe>"),
  entry("object and embed", "Plugins and embedded documents load content.", "<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x.svg\">"),
  entry("style expression", "Old CSS expressions and url() loads.", "<style>body{background:url(https://evil.example/bg.png);width:expression(window.__pwned='css')}</style><div style=\"background:url(https://evil.example/inline.png)\">styled</div>"),
  entry("entities that decode to script", "Text that becomes markup only if it is decoded twice.", "&lt;script&gt;window.__pwned='entity'&lt;/script&gt; &#60;img src=x onerror=alert('entity')&#62; &#x6a;avascript:alert(1)"),
  entry("attribute breakout", "Closes an attribute or a tag to start a new one.", "\"><script>window.__pwned='breakout'</script><input value=\"' onfocus='window.__pwned=1' autofocus x='"),
  entry("markdown javascript: link", "Markdown renderers that keep every URL make script links.", "[click me](javascript:window.__pwned='md-link') and [spaced](  javascript:alert('md')  )"),
  entry("markdown image", "An image loads its address (and javascript: in old renderers).", "![pixel](https://evil.example/pixel.png) ![x](javascript:window.__pwned='md-image')"),
  entry("markdown reference link", "Reference definitions hide the address at the end.", "See [the annex][evil].\n\n[evil]: javascript:window.__pwned='md-ref'"),
  entry("markdown data: link", "data: text/html in a Markdown link.", "[open](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+)"),
  entry("autolinks", "Angle-bracket autolinks and bare addresses.", "<javascript:window.__pwned='autolink'> <https://evil.example/auto> www.evil.example/bare"),
  entry("markdown raw html", "HTML blocks inside Markdown.", "Intro\n\n<div onclick=\"window.__pwned='md-html'\">click</div>\n\n<details open ontoggle=\"window.__pwned='toggle'\">x</details>"),
  entry("template syntax", "Template engines evaluate braces.", "{{constructor.constructor('window.__pwned=1')()}} ${7*7} <%= 7*7 %> #{7*7}"),
  entry("sql-looking text", "Text that breaks a query built by string concatenation.", "'; DROP TABLE \"Claim\"; -- \" OR 1=1 -- \\'"),
  entry("search syntax", "Full-text search operators and stray quotes.", "\"unclosed & | ! <-> :* ( ) -China OR *"),
];

/** Unicode and control characters: must be kept, stripped or refused, never a crash. */
export const UNICODE: HostileInput[] = [
  entry("NUL", "PostgreSQL cannot store U+0000 in text: refuse it clearly, never a 500.", "before\u0000after"),
  entry("other control characters", "C0 and C1 controls, bell, escape, DEL.", "bell\u0007 esc\u001b[31m red del\u007f c1\u0085\u009b end"),
  entry("lone surrogate", "Half of a surrogate pair is not valid Unicode.", "broken \ud800 pair \udfff end"),
  entry("RTL override", "Reverses what follows, so file names and addresses read wrongly.", "invoice\u202egpj.exe \u2066isolate\u2069"),
  entry("zero-width characters", "Invisible characters that make two equal-looking names differ.", "zero\u200bwidth\u200c\u200d\u2060\ufeffjoin"),
  entry("normalisation", "The same letters composed and decomposed, and compatibility forms.", "caf\u00e9 cafe\u0301 \ufb01 \u2460 \uff21 \u212b"),
  entry("combining pile-up", "Hundreds of combining marks on one letter.", `Z${"\u0336\u0353\u0361".repeat(100)}algo`),
  entry("emoji and astral", "Characters outside the Basic Multilingual Plane.", "\u{1F4A3} \u{1D54F} \u{10FFFD} flags \u{1F1EF}\u{1F1F5}"),
  entry("line and paragraph separators", "U+2028/U+2029 end lines in some parsers but not in JSON.", "one\u2028two\u2029three\r\nfour\rfive"),
];

/** Names that pollute object prototypes when a body is merged carelessly. */
export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype"] as const;

/** A JSON body with the given fields plus prototype-pollution keys; written as text so `__proto__` stays a key. */
export function pollutedJson(fields: Record<string, unknown>): string {
  const own = JSON.stringify(fields).slice(1, -1);
  const polluting = '"__proto__":{"isAdmin":true,"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}';
  return `{${own ? `${own},` : ""}${polluting}}`;
}

/** The whole text corpus, markup first. */
export const HOSTILE_TEXT: HostileInput[] = [...MARKUP, ...UNICODE];

/** One string holding every text entry, for fields that show a lot of text at once. */
export const HOSTILE_BLOCK = HOSTILE_TEXT.filter((e) => !e.value.includes("\u0000"))
  .map((e) => e.value)
  .join("\n\n");

/** A string of `length` characters, for limits. */
export const longString = (length: number, unit = "a") => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** One line of a million characters: no line breaks for a parser or a layout to rest on. */
export const MEGABYTE_LINE = longString(1024 * 1024, "word<b>&");

/** Addresses that must never become a link: only http and https may. */
export const HOSTILE_URLS: HostileInput[] = [
  entry("javascript:", "Runs script when followed.", "javascript:window.__pwned='url'"),
  entry("javascript: in capitals with spaces", "Browsers ignore case and leading spaces.", "  JaVaScRiPt:window.__pwned='url2'"),
  entry("javascript: with a tab inside", "Browsers strip tabs and new lines inside a scheme.", "java\tscript:window.__pwned='url3'"),
  entry("data:text/html", "A document of the attacker's making.", "data:text/html,<script>window.__pwned='data-url'</script>"),
  entry("vbscript:", "Old Internet Explorer scripting.", "vbscript:msgbox(1)"),
  entry("file:", "Local files.", "file:///etc/passwd"),
  entry("protocol-relative", "No scheme: takes the page's own.", "//evil.example/path"),
  entry("http with script in the path", "A valid web address may still carry markup.", "https://evil.example/<script>window.__pwned='path'</script>"),
];

/** Bytes that are not valid UTF-8: a lone continuation byte, an overlong NUL, a truncated sequence, a surrogate. */
export const INVALID_UTF8 = new Uint8Array([0x41, 0x80, 0x42, 0xc0, 0x80, 0x43, 0xe2, 0x82, 0x44, 0xed, 0xa0, 0x80, 0x45, 0xff, 0xfe]);

/** Whether an address is one Claimwork may turn into a link. */
export function isWebAddress(value: string | null | undefined): boolean {
  if (value === null || value === undefined) return true;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
