import { Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/copy-button';

/** Downloads the codes as a text file (nothing leaves the browser). */
function download(codes: string[], heading: string) {
  const text = `${heading}\n\n${codes.join('\n')}\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'roster-recovery-codes.txt';
  a.click();
  URL.revokeObjectURL(url);
}

/** Freshly made recovery codes: shown this once (the server keeps only hashes), to copy or download. */
export function RecoveryCodes({ codes, email }: { codes: string[]; email: string }) {
  const { t } = useTranslation('twoStep');
  return (
    <div className="recovery-codes" role="region" aria-labelledby="recovery-codes-title">
      <h3 id="recovery-codes-title">{t('recovery.title')}</h3>
      <p>{t('recovery.intro')}</p>
      <ol className="recovery-code-list" data-testid="recovery-codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <CopyButton text={codes.join('\n')} label={t('recovery.copy')} what={t('recovery.what')} />
        <button type="button" className="button button-secondary" onClick={() => download(codes, t('recovery.fileHeading', { email }))}>
          <Download aria-hidden="true" size={16} /> {t('recovery.download')}
        </button>
      </div>
    </div>
  );
}
