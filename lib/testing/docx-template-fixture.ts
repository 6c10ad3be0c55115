/**
 * A house Word template, written with `docx` as a think tank's would be in Word: a
 * distinctive Heading 1 (Georgia, dark red), Normal in Garamond, a header with the
 * institute's name and a logo, and a footer of its own. Used by tests only.
 */
import { AlignmentType, Document, Footer, Header, ImageRun, Packer, PageNumber, Paragraph, TextRun } from "docx";

/** A 1×1 PNG: the institute's "logo". */
export const LOGO_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

export const TEMPLATE_HEADER = "Lao Policy Institute";
export const TEMPLATE_FOOTER = "Vientiane · www.lpi.example.org";
export const HEADING_FONT = "Georgia";
export const HEADING_COLOR = "7B2D26";
export const BODY_FONT = "Garamond";

export async function houseTemplate(options: { pageNumbers?: boolean } = {}): Promise<Buffer> {
  const doc = new Document({
    styles: {
      paragraphStyles: [
        { id: "Normal", name: "Normal", run: { font: BODY_FONT, size: 23 } },
        { id: "Heading1", name: "Heading 1", basedOn: "Normal", next: "Normal", run: { font: HEADING_FONT, color: HEADING_COLOR, size: 34, bold: true } },
      ],
    },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [new ImageRun({ type: "png", data: LOGO_PNG, transformation: { width: 24, height: 24 } }), new TextRun({ text: ` ${TEMPLATE_HEADER}`, bold: true })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun(TEMPLATE_FOOTER), ...(options.pageNumbers ? [new TextRun({ children: [" — ", PageNumber.CURRENT] })] : [])],
              }),
            ],
          }),
        },
        children: [new Paragraph("House template.")],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
