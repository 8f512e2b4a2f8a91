// "Chrome 156 on Linux": a browser and system people recognise, from a User-Agent header (My
// sessions). Deliberately small: the common browsers and systems, else "Unknown browser".

const BROWSERS: [name: string, pattern: RegExp][] = [
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /\bOPR\/(\d+)/],
  ['Firefox', /\b(?:Firefox|FxiOS)\/(\d+)/],
  ['Chrome', /(?:\b|Headless)(?:Chrome|Chromium|CriOS)\/(\d+)/],
  ['Safari', /\bVersion\/(\d+)[^ ]* (?:Mobile\/\S+ )?Safari\//],
];

const SYSTEMS: [name: string, pattern: RegExp][] = [
  ['iPhone', /\biPhone\b/],
  ['iPad', /\biPad\b/],
  ['Android', /\bAndroid\b/],
  ['Windows', /\bWindows\b/],
  ['macOS', /\bMac OS X\b|\bMacintosh\b/],
  ['ChromeOS', /\bCrOS\b/],
  ['Linux', /\bLinux\b/],
];

export function describeUserAgent(ua: string | null | undefined): string {
  if (!ua) return 'Unknown browser';
  const browser = BROWSERS.find(([, p]) => p.test(ua));
  const system = SYSTEMS.find(([, p]) => p.test(ua))?.[0];
  const name = browser
    ? `${browser[0]} ${browser[1].exec(ua)![1]}`
    : /^(curl|python|node|axios|go-http)/i.test(ua)
      ? 'Script or tool'
      : 'Unknown browser';
  return system ? `${name} on ${system}` : name;
}
