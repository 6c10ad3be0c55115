/**
 * Typesets a brief with Typst (its compiler as a native Node module), in the thread that calls
 * it: the PDF pool's workers call this, one compile at a time each. The compiler, with its
 * fonts, is made once per thread and kept; after a failed compile it is made afresh, so that
 * no state of the failure leaks into the next brief.
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { NodeCompiler as NodeCompilerType, NodeTypstDocument } from "@myriaddreamin/typst-ts-node-compiler";
import type { BriefDocument } from "@/lib/briefs/document";
import { toTypstBrief } from "./brief-data";

type CompilerModule = { NodeCompiler: typeof NodeCompilerType };

/** Noto's packages, the weights each brings; they cover Latin (with Vietnamese), Lao, Thai, Khmer, Burmese and CJK. */
const FONT_FACES: [string, string[]][] = [
  ["noto-serif", ["400Regular", "400Regular_Italic", "700Bold", "700Bold_Italic"]],
  ["noto-sans-lao", ["400Regular", "700Bold"]],
  ["noto-sans-thai", ["400Regular", "700Bold"]],
  ["noto-sans-khmer", ["400Regular", "700Bold"]],
  ["noto-sans-myanmar", ["400Regular", "700Bold"]],
  ["noto-serif-jp", ["400Regular", "700Bold"]],
  ["noto-serif-sc", ["400Regular", "700Bold"]],
  ["noto-serif-kr", ["400Regular", "700Bold"]],
];

/** The folder Typst may read: the template's own, nothing else (fonts are loaded by the compiler itself). */
export const TEMPLATE_ROOT = path.join(process.cwd(), "lib", "exports", "typst");
const TEMPLATE = "/brief.typ";

export class TypstError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TypstError";
  }
}

/** The font files: one folder per weight, each holding the one TTF of that face. */
export function fontFolders(): string[] {
  const require = createRequire(path.join(process.cwd(), "package.json"));
  return FONT_FACES.flatMap(([name, weights]) => {
    const root = path.dirname(require.resolve(`@expo-google-fonts/${name}/package.json`));
    return weights.map((weight) => path.join(root, weight));
  });
}

let compiler: NodeCompilerType | null = null;

function loadCompiler(): NodeCompilerType {
  if (compiler) return compiler;
  // Loaded at run time from node_modules: a native module, never bundled.
  const require = createRequire(path.join(process.cwd(), "package.json"));
  const { NodeCompiler } = require("@myriaddreamin/typst-ts-node-compiler") as CompilerModule;
  compiler = NodeCompiler.create({ workspace: TEMPLATE_ROOT, fontArgs: [{ fontPaths: fontFolders() }] });
  return compiler;
}

/** Diagnostics as one readable line each: "unknown variable: x (brief.typ)". */
function describe(diagnostics: unknown[]): string {
  return diagnostics
    .map((d) => {
      const { message, path: file } = d as { message?: string; path?: string };
      return `${message ?? JSON.stringify(d)}${file ? ` (${path.basename(file)})` : ""}`;
    })
    .join("; ");
}

type Compiled = { typst: NodeCompilerType; document: NodeTypstDocument };

/** Compiles `mainFileContent` (the brief template unless given) with `inputs` as sys.inputs. */
function compile(inputs: Record<string, string>, mainFileContent?: string): Compiled {
  const typst = loadCompiler();
  const args = mainFileContent === undefined ? { mainFilePath: path.join(TEMPLATE_ROOT, TEMPLATE), inputs } : { mainFileContent, inputs };
  try {
    const result = typst.compile(args);
    const error = result.takeError();
    if (error || !result.result) throw new TypstError(`Typst could not typeset the brief: ${error ? describe(typst.fetchDiagnostics(error)) : "no document"}`);
    return { typst, document: result.result };
  } catch (error) {
    compiler = null;
    throw error instanceof TypstError ? error : new TypstError(`Typst could not typeset the brief: ${(error as Error).message}`);
  }
}

function toPdf({ typst, document }: Compiled): Buffer {
  try {
    return typst.pdf(document, { creationTimestamp: Math.floor(Date.now() / 1000) });
  } catch (error) {
    compiler = null;
    throw new TypstError(`Typst could not write the PDF: ${(error as Error).message}`);
  } finally {
    // Typst memoises layout across compiles: the last two briefs' results are kept (a brief exported
    // again takes a tenth of the time), older ones dropped (a 300-claim brief's are some 40 MB).
    compiler?.evictCache(2);
  }
}

/** A source of the caller's, typeset with this thread's compiler: for the tests of what Typst may read. */
export function compileTypst(inputs: Record<string, string>, mainFileContent: string): Buffer {
  return toPdf(compile(inputs, mainFileContent));
}

/** How many times a brief is typeset again, at most, to bring notes back to the page that cites them. */
const NOTE_PASSES = 4;

/**
 * The brief as a PDF, typeset in this thread. Typst keeps widows and orphans out, except that, when it
 * moves a line citing a note to the next page for that, it leaves the note behind (typst/typst#5314).
 * The template reports such notes; their paragraphs are then set without that prevention, and the
 * brief typeset again, until every note is on the page of its reference.
 */
export function compileBriefPdf(document: BriefDocument): Buffer {
  const brief = JSON.stringify(toTypstBrief(document));
  const loose = new Set<number>();
  let compiled = compile({ brief });
  for (let pass = 0; pass < NOTE_PASSES && document.notes === "footnotes"; pass++) {
    const [strays] = compiled.typst.query(compiled.document, { selector: "<note-strays>", field: "value" }) as [number[]?];
    const fresh = (strays ?? []).filter((n) => !loose.has(n));
    if (fresh.length === 0) break;
    for (const n of fresh) loose.add(n);
    compiled = compile({ brief, loose: JSON.stringify([...loose]) });
  }
  return toPdf(compiled);
}
