import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { sampleDocument } from "./fixtures.test-helpers";
import { pdfSafe, renderPostmortemPdf } from "./pdf";

describe("renderPostmortemPdf", () => {
  it("is a PDF whose text has the title, the facts and the sections, without raw HTML", async () => {
    const doc = sampleDocument();
    doc.sections = doc.sections.map((s) =>
      s.key === "lessons"
        ? { ...s, body: "Canaries work.<script>alert(1)</script>\n\n| a | b |\n| - | - |\n| 1 | 2 |" }
        : s,
    );
    const pdf = await renderPostmortemPdf(doc, "Acme");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const { text } = await parser.getText();
    const info = await parser.getInfo();
    await parser.destroy();
    expect(info.info?.Title).toBe("Checkout returns 500s");
    expect(text).toContain("Checkout returns 500s");
    expect(text).toContain("Response: minutes from start");
    expect(text).toContain("Error budget left");
    expect(text).toContain("Root cause and contributing factors");
    expect(text).toContain("Canaries work.");
    expect(text).not.toContain("<script>");
    expect(text).toContain("Canary config changes");
  }, 20_000);

  it("keeps text within Helvetica's Latin-1 range", () => {
    expect(pdfSafe("a → b “c” — naïve ✅")).toBe('a -> b "c" - naïve ');
  });
});
