import { de } from './locales/de';
import { en } from './locales/en';
import { mailLanguage } from './mail.i18n';
import { formatExpiry, invitationEmail, loginEmailChangedEmail, welcomeEmail, welcomeEmailTemplate } from './mail.templates';
import { passwordResetEmail } from './password-reset.template';
import { quickStartGuideAttachment, quickStartGuidePdf } from './quick-start-guide';
import { secondFactorResetEmail } from './second-factor-reset.template';

// The emails' languages: which one a tag picks, that German is complete and keeps every placeholder
// and tag of the English text, and that German emails escape what they interpolate like English ones.

type Tree = string | readonly Tree[] | { readonly [key: string]: Tree };

/** Every leaf text with its path. */
function leaves(tree: Tree, path = ''): Array<[string, string]> {
  if (typeof tree === 'string') return [[path, tree]];
  return Object.entries(tree).flatMap(([k, v]) => leaves(v as Tree, path ? `${path}.${k}` : k));
}
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const tags = (s: string) => [...s.matchAll(/<\/?(\w+)/g)].map((m) => m[0]).sort();

const when = new Date(Date.UTC(2025, 11, 1, 14, 0));

describe('email languages', () => {
  it('picks German for de and de-*, English for everything else', () => {
    expect(['de', 'de-AT', 'DE_ch', ' de '].map((tag) => mailLanguage(tag).language)).toEqual(['de', 'de', 'de', 'de']);
    expect(['en', 'pt-BR', 'fr', 'dek', '', null, undefined].map((tag) => mailLanguage(tag).language)).toEqual(Array(7).fill('en'));
  });

  it('has a non-empty German text for every English one, with the same placeholders and markup', () => {
    const english = new Map(leaves(en as unknown as Tree));
    const german = new Map(leaves(de as unknown as Tree));
    expect([...german.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) {
      const translated = german.get(key)!;
      expect({ key, empty: translated.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(translated), tags: tags(translated) }).toEqual({
        key,
        placeholders: placeholders(text),
        tags: tags(text),
      });
    }
  });

  it('writes expiry dates in the language, in UTC', () => {
    expect(formatExpiry(when)).toBe('Monday, 1 December 2025, 14:00 UTC');
    expect(formatExpiry(when, mailLanguage('de').t)).toBe('Montag, 1. Dezember 2025, 14:00 UTC');
    // The one-entry cache must not hand one language's text to the other.
    expect(formatExpiry(when)).toBe('Monday, 1 December 2025, 14:00 UTC');
  });

  it('renders every email in German, escaping names in the HTML', () => {
    const name = '<script>alert("x")</script>';
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;';
    const mails = [
      welcomeEmail({
        agentName: name,
        email: 'a@b.de',
        temporaryPassword: 'pw',
        signInUrl: 'https://h/s',
        mustChangePassword: true,
        language: 'de',
      }),
      invitationEmail({
        inviteeName: name,
        inviterName: name,
        acceptUrl: 'https://h/a',
        expiresAt: when,
        isAdmin: false,
        teams: ['Erste', 'Zweite'],
        groups: ['Stufe 2'],
        language: 'de',
      }),
      loginEmailChangedEmail({
        agentName: name,
        maskedNewEmail: 'n***@b***.de',
        changedBy: name,
        signInUrl: 'https://h/s',
        language: 'de',
      }),
      passwordResetEmail({
        agentName: name,
        resetUrl: 'https://h/r',
        expiresAt: when,
        sentBy: name,
        forgotUrl: 'https://h/f?a&b',
        language: 'de',
      }),
      secondFactorResetEmail({ agentName: name, resetBy: name, signInUrl: 'https://h/s', language: 'de' }),
    ];
    for (const m of mails) {
      expect(m.text).toContain(`Hallo ${name},`);
      expect(m.html).toContain(`Hallo ${escaped},`);
      expect(m.html).not.toContain('<script>');
      expect(m.html).toContain('<html lang="de-DE">');
      expect(m.html).toContain('Gesendet von Roster.');
      expect(`${m.subject}\n${m.text}`).not.toMatch(/\b(Hello|the|your|you)\b/);
    }
    const [, invitation, , reset] = mails;
    expect(invitation.subject).toBe(`${name} hat Sie zu Roster eingeladen`);
    expect(invitation.text).toContain('Sie wurden als Agent eingeladen, in den Teams Erste, Zweite, mit der Berechtigungsgruppe Stufe 2.');
    expect(invitation.text).toContain('Dieser Link funktioniert einmal und läuft am Montag, 1. Dezember 2025, 14:00 UTC ab.');
    expect(reset.html).toContain('<a href="https://h/f?a&amp;b">fordern Sie einen neuen an</a>');
  });

  it('fills an import welcome template in each recipient language, exactly as welcomeEmail would', () => {
    const render = welcomeEmailTemplate({ signInUrl: 'https://h/s', expiresAt: when });
    const fields = { agentName: 'Jörg & Co', email: 'j@b.de', setPasswordUrl: 'https://h/p?t=1' };
    for (const language of ['de', 'en', 'pt-BR', 'de-AT']) {
      const single = welcomeEmail({
        agentName: fields.agentName,
        email: fields.email,
        temporaryPassword: null,
        signInUrl: 'https://h/s',
        mustChangePassword: false,
        setPassword: { url: fields.setPasswordUrl, expiresAt: when },
        language,
      });
      expect(render(fields, language)).toEqual(single);
    }
    expect(render(fields, 'de').subject).toBe('Ihr Agentenkonto in Roster ist bereit');
  });

  it('builds a German Quick Start Guide PDF, separate from the English one', async () => {
    expect(quickStartGuideAttachment('de-DE')).toEqual({
      filename: 'Roster-Kurzanleitung.pdf',
      source: 'quick-start-guide-de',
      contentType: 'application/pdf',
    });
    expect(quickStartGuideAttachment('pt-BR').filename).toBe('Roster-Quick-Start-Guide.pdf');
    const [german, english] = await Promise.all([quickStartGuidePdf('de'), quickStartGuidePdf('en')]);
    expect(german.subarray(0, 5).toString()).toBe('%PDF-');
    expect(german.equals(english)).toBe(false);
    // The document title is a UTF-16BE string in the PDF's (uncompressed) info dictionary.
    const title = Buffer.from('\ufeffRoster - Kurzanleitung für Agenten', 'utf16le').swap16();
    expect(german.includes(title)).toBe(true);
  });
});
