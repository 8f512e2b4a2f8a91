import PDFDocument from 'pdfkit';
import { PASSWORD_MIN_LENGTH, UI_LANGUAGES, type UiLanguage } from '@roster/shared';
import { mailLanguage } from './mail.i18n';
import type { OutboxAttachment } from './outbox.entity';

// The guide is built in code with pdfkit's built-in Helvetica (no font or image files to ship),
// so it always matches the current product wording and needs nothing on disk. Its text, in each
// language Roster speaks, is in locales/guide.<language>.ts.

/**
 * What a welcome email puts in its outbox row, in the agent's language: the guide's name and the
 * source that generates its bytes at send time (`quick-start-guide`, `quick-start-guide-de`, ...).
 */
export function quickStartGuideAttachment(tag: string | null | undefined): OutboxAttachment {
  const { language, t } = mailLanguage(tag);
  return { filename: t('guide.filename'), source: sourceOf(language), contentType: 'application/pdf' };
}

function sourceOf(language: UiLanguage): string {
  return language === 'en' ? 'quick-start-guide' : `quick-start-guide-${language}`;
}

/** The English guide's attachment (see quickStartGuideAttachment for the agent's language). */
export const QUICK_START_GUIDE_ATTACHMENT: OutboxAttachment = quickStartGuideAttachment('en');

type Block = { p: string } | { list: readonly string[] } | { h3: string };

const MARGIN = 60;
const BODY_SIZE = 11;
const ACCENT = '#1f4e79';

function build(language: UiLanguage): Promise<Buffer> {
  const { t } = mailLanguage(language);
  const sections = t('guide.sections', { returnObjects: true, minLength: PASSWORD_MIN_LENGTH });
  return new Promise((resolve, reject) => {
    // bufferPages lets the footer be written once the page count is known.
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      bufferPages: true,
      info: { Title: t('guide.documentTitle'), Author: 'Roster', Subject: t('guide.documentSubject') },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    const width = doc.page.width - 2 * MARGIN;
    doc.font('Helvetica-Bold').fontSize(24).fillColor(ACCENT).text(t('guide.title'), { width });
    doc.moveDown(0.3);
    doc.font('Helvetica').fontSize(12).fillColor('#555555').text(t('guide.subtitle'), { width });
    doc.moveDown(0.5);
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + width, doc.y)
      .lineWidth(1)
      .strokeColor(ACCENT)
      .stroke();
    doc.moveDown(1);

    for (const section of sections) {
      // Keep a heading with at least a few lines of its section.
      if (doc.y > doc.page.height - MARGIN - 120) doc.addPage();
      doc.font('Helvetica-Bold').fontSize(16).fillColor(ACCENT).text(section.title, { width });
      doc.moveDown(0.4);
      for (const block of section.blocks as readonly Block[]) {
        doc.fillColor('#000000');
        if ('h3' in block) {
          doc.font('Helvetica-Bold').fontSize(12).text(block.h3, { width });
          doc.moveDown(0.2);
        } else if ('p' in block) {
          doc.font('Helvetica').fontSize(BODY_SIZE).text(block.p, { width, lineGap: 2 });
          doc.moveDown(0.6);
        } else {
          doc
            .font('Helvetica')
            .fontSize(BODY_SIZE)
            .list([...block.list], { width, lineGap: 2, bulletRadius: 2, textIndent: 14, paragraphGap: 4 });
          doc.moveDown(0.6);
        }
      }
      doc.moveDown(0.6);
    }

    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const y = doc.page.height - MARGIN + 20;
      // Writing below the bottom margin would otherwise make pdfkit add a page.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc
        .font('Helvetica')
        .fontSize(9)
        .fillColor('#777777')
        .text(t('guide.footer', { page: i + 1, pages: range.count }), MARGIN, y, { width, align: 'center', lineBreak: false });
      doc.page.margins.bottom = bottom;
    }
    doc.end();
  });
}

const cached = new Map<UiLanguage, Promise<Buffer>>();

/** The guide in `language` as PDF bytes; built once per process and language (it never changes at run time). */
export function quickStartGuidePdf(language: UiLanguage = 'en'): Promise<Buffer> {
  let pdf = cached.get(language);
  if (!pdf) {
    pdf = build(language).catch((err) => {
      cached.delete(language); // let a later call try again instead of caching the failure
      throw err;
    });
    cached.set(language, pdf);
  }
  return pdf;
}

/** Attachment sources (mail.transport.ts): each language's guide, by the name its outbox rows carry. */
export const QUICK_START_GUIDE_SOURCES: ReadonlyArray<[string, () => Promise<Buffer>]> = UI_LANGUAGES.map((l) => [
  sourceOf(l),
  () => quickStartGuidePdf(l),
]);
