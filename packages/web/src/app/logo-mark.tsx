/** Roster's mark: a short list of people on a tile. Decorative: the word "Roster" follows it. */
export function LogoMark() {
  return (
    <svg className="logo-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#fff" />
      <g fill="#1f4e79">
        <circle cx="9.5" cy="10" r="2.5" />
        <circle cx="9.5" cy="16" r="2.5" />
        <circle cx="9.5" cy="22" r="2.5" />
        <rect x="14" y="8.75" width="11" height="2.5" rx="1.25" />
        <rect x="14" y="14.75" width="11" height="2.5" rx="1.25" />
        <rect x="14" y="20.75" width="7" height="2.5" rx="1.25" />
      </g>
    </svg>
  );
}
