/**
 * Numbers footnotes in order of first use. A note whose text was given
 * before keeps its number: the same claim cited twice, or two claims whose
 * citation reads the same (same source, same original notes), share one
 * footnote.
 */
export class FootnoteNumbering {
  private readonly byKey = new Map<string, number>();
  private readonly notes: { n: number; text: string; url: string | null }[] = [];

  /** The number of the footnote with this text, given a new one on first use. */
  number(text: string, url: string | null = null): number {
    const key = text.trim();
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const n = this.notes.length + 1;
    this.byKey.set(key, n);
    this.notes.push({ n, text: key, url });
    return n;
  }

  /** A new footnote, whatever notes before it say: in a note style each citation is a note of its own ("Ibid."). */
  add(text: string, url: string | null = null): number {
    const n = this.notes.length + 1;
    this.notes.push({ n, text: text.trim(), url });
    return n;
  }

  get footnotes(): { n: number; text: string; url: string | null }[] {
    return this.notes.map((note) => ({ ...note }));
  }
}
