import { useState } from 'react';
import { useText } from '../../ui/text';

/**
 * The clinic's name and logo on its waiting-room screen (kiosk.json `clinic`, `logo`): plain text, never
 * markup or a link, and an image from the page's own origin (both checked in src/model/kioskSettings.ts).
 * A logo that does not load is left out.
 */
export function ClinicBrand({ name, logo }: { name: string; logo: string }) {
  const { t } = useText();
  const [logoFailed, setLogoFailed] = useState(false);
  return (
    <div className="clinic-brand">
      {logo && !logoFailed && (
        <img
          className="clinic-brand__logo"
          src={logo}
          // Beside the clinic's name the logo adds nothing to read; alone, it is named.
          alt={name ? '' : t('kioskScreen.logo')}
          onError={() => {
            console.warn('[ketamine-explorer] The clinic logo could not be loaded; the screen goes on without it.');
            setLogoFailed(true);
          }}
        />
      )}
      {name && <p className="clinic-brand__name">{name}</p>}
    </div>
  );
}
