// Who sees the profile and what the member may be suggested for, each choice explained
// in plain words next to it.
import type { MyProfile, Visibility } from '../../graphql/accountDocuments.js';
import { messageKeyOf } from '../../graphql/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';

export type Privacy = MyProfile['privacy'];
const VISIBILITIES: Visibility[] = ['NETWORK', 'SPACES', 'NOBODY'];
const CONSENTS = [
  { key: 'suggestForBids', label: 'consent.bids', help: 'consent.bidsHelp' },
  { key: 'suggestForMentoring', label: 'consent.mentoring', help: 'consent.mentoringHelp' },
  { key: 'suggestForFilieres', label: 'consent.filieres', help: 'consent.filieresHelp' },
] as const;

export function PrivacyChoices({ value, onChange }: { value: Privacy; onChange(privacy: Privacy): void }) {
  const { t } = useI18n();
  return (
    <>
      <fieldset className="form">
        <legend>
          <h2>{t('onboarding.privacy')}</h2>
        </legend>
        {VISIBILITIES.map((visibility) => (
          <div key={visibility} className="choice">
            <input
              type="radio"
              id={`visibility-${messageKeyOf(visibility)}`}
              name="visibility"
              value={visibility}
              checked={value.visibility === visibility}
              aria-describedby={`visibility-${messageKeyOf(visibility)}-help`}
              onChange={() => onChange({ ...value, visibility })}
            />
            <div>
              <label htmlFor={`visibility-${messageKeyOf(visibility)}`}>
                {t(`privacy.${messageKeyOf(visibility)}`)}
              </label>
              <div id={`visibility-${messageKeyOf(visibility)}-help`} className="field__hint">
                {t(`privacy.${messageKeyOf(visibility)}Help`)}
              </div>
            </div>
          </div>
        ))}
        <p className="field__hint">{t('privacy.contactNote')}</p>
      </fieldset>
      <fieldset className="form">
        <legend>
          <h2>{t('consent.title')}</h2>
        </legend>
        {CONSENTS.map((consent) => (
          <div key={consent.key} className="choice">
            <input
              type="checkbox"
              id={consent.key}
              checked={value[consent.key]}
              aria-describedby={`${consent.key}-help`}
              onChange={(event) => onChange({ ...value, [consent.key]: event.target.checked })}
            />
            <div>
              <label htmlFor={consent.key}>{t(consent.label)}</label>
              <div id={`${consent.key}-help`} className="field__hint">
                {t(consent.help)}
              </div>
            </div>
          </div>
        ))}
      </fieldset>
    </>
  );
}
