import { TICKET_NOTIFICATION_EVENTS } from '@roster/shared';
import { DomainError, FieldCheck } from '../../common/errors';
import { isValidLanguage, isValidTimezone, mergeNotificationInput, optionalText, sanitizeSignature } from './agent.validation';

describe('sanitizeSignature', () => {
  it('keeps the formatting allowlist', () => {
    expect(sanitizeSignature('<p>Kind regards,<br><b>Ana</b> <i>Lopez</i> <strong>x</strong> <em>y</em></p>')).toBe(
      '<p>Kind regards,<br /><b>Ana</b> <i>Lopez</i> <strong>x</strong> <em>y</em></p>',
    );
  });

  it('drops scripts, event handlers, styles and frames with their content', () => {
    const out = sanitizeSignature(
      '<div onclick="steal()" style="color:red">Hi<script>alert(1)</script><style>div{}</style><iframe src="https://x"></iframe></div>',
    );
    expect(out).toBe('<div>Hi</div>');
  });

  it('keeps web and mail links, removes javascript: and data: ones, and marks links noopener', () => {
    expect(sanitizeSignature('<a href="javascript:alert(1)">x</a>')).toBe('<a rel="noopener noreferrer">x</a>');
    expect(sanitizeSignature('<a href="JaVaScRiPt:alert(1)">x</a>')).not.toMatch(/javascript/i);
    expect(sanitizeSignature('<a href="data:text/html,<script>1</script>">x</a>')).not.toMatch(/data:/);
    expect(sanitizeSignature('<a href="https://example.com" onmouseover="x()">site</a>')).toBe(
      '<a href="https://example.com" rel="noopener noreferrer">site</a>',
    );
    expect(sanitizeSignature('<a href="mailto:a@example.com">mail</a>')).toContain('href="mailto:a@example.com"');
    expect(sanitizeSignature('<p>x<img src="javascript:alert(1)" onerror="x()"></p>')).toBe('<p>x</p>');
    expect(sanitizeSignature('<img src="https://example.com/logo.png" alt="logo">')).toBe(
      '<img src="https://example.com/logo.png" alt="logo" />',
    );
  });

  it('keeps https images only, and no tracking pixels', () => {
    expect(sanitizeSignature('<p>Hi<img src="http://tracker.example/p.gif" alt="x"></p>')).toBe('<p>Hi</p>');
    expect(sanitizeSignature('<p>Hi<img src="https://tracker.example/p.gif" width="1" height="1"></p>')).toBe('<p>Hi</p>');
    expect(sanitizeSignature('<p>Hi<img src="https://tracker.example/p.gif" width="0px"></p>')).toBe('<p>Hi</p>');
    expect(sanitizeSignature('<img src="https://example.com/logo.png" width="120" height="40">')).toBe(
      '<img src="https://example.com/logo.png" width="120" height="40" />',
    );
  });

  it('turns nothing left into null and passes null through', () => {
    expect(sanitizeSignature('  <script>x()</script>  ')).toBeNull();
    expect(sanitizeSignature('')).toBeNull();
    expect(sanitizeSignature(null)).toBeNull();
    expect(sanitizeSignature(undefined)).toBeNull();
    expect(sanitizeSignature('plain text & more')).toBe('plain text &amp; more');
  });
});

describe('field checks', () => {
  it('knows IANA time zones and language tags', () => {
    expect(isValidTimezone('Europe/London')).toBe(true);
    expect(isValidTimezone('UTC')).toBe(true);
    // Current IANA names that Node's Intl.supportedValuesOf still lists under older spellings.
    for (const tz of ['Asia/Kolkata', 'Europe/Kyiv', 'Asia/Ho_Chi_Minh', 'America/Argentina/Buenos_Aires', 'Asia/Calcutta', 'Etc/GMT+5']) {
      expect({ tz, ok: isValidTimezone(tz) }).toEqual({ tz, ok: true });
    }
    for (const tz of ['Mars/Base', 'Europe/Londres', '+01:00', 'europe/london', 'Europe/London ', '../etc/passwd']) {
      expect({ tz, ok: isValidTimezone(tz) }).toEqual({ tz, ok: false });
    }
    expect(isValidTimezone('')).toBe(false);
    expect(isValidLanguage('en')).toBe(true);
    expect(isValidLanguage('pt-BR')).toBe(true);
    expect(isValidLanguage('English')).toBe(false);
    expect(isValidLanguage('en_US')).toBe(false);
  });

  it('trims optional text and turns blank into null', () => {
    expect(optionalText(undefined)).toBeUndefined();
    expect(optionalText(null)).toBeNull();
    expect(optionalText('   ')).toBeNull();
    expect(optionalText('  Fi ')).toBe('Fi');
  });

  it('collects every bad field, keeping the first message per field', () => {
    const fc = new FieldCheck();
    fc.check(true, 'name', 'fine');
    fc.check(false, 'email', 'first');
    fc.check(false, 'email', 'second');
    fc.check(false, 'timezone', 'bad zone');
    expect(fc.errors).toEqual({ email: 'first', timezone: 'bad zone' });
    let thrown: unknown;
    try {
      fc.throwIfAny();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: 'BAD_USER_INPUT', fields: { email: 'first', timezone: 'bad zone' } });
    expect(() => new FieldCheck().throwIfAny()).not.toThrow();
  });

  it('overlays notification switches on the current ones and rejects unknown events', () => {
    const defaults = TICKET_NOTIFICATION_EVENTS.map(({ event, email, browser }) => ({ event, email, browser }));
    const fc = new FieldCheck();
    expect(mergeNotificationInput(fc, 'ticketNotifications', TICKET_NOTIFICATION_EVENTS, defaults, undefined)).toBeUndefined();
    const merged = mergeNotificationInput(fc, 'ticketNotifications', TICKET_NOTIFICATION_EVENTS, defaults, [
      { event: 'ticket.new', email: false, browser: false },
    ])!;
    expect(merged).toEqual(defaults.map((d) => (d.event === 'ticket.new' ? { event: 'ticket.new', email: false, browser: false } : d)));
    expect(fc.errors).toEqual({});
    mergeNotificationInput(fc, 'ticketNotifications', TICKET_NOTIFICATION_EVENTS, defaults, [
      { event: 'ticket.nope', email: true, browser: true },
    ]);
    expect(fc.errors.ticketNotifications).toMatch(/ticket\.nope/);
  });
});
