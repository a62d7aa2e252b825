// The newcomer's request for a mentor and the experienced member's offer to mentor.
import { useState } from 'react';
import { type MyMentoringData, OFFER_MENTORING, REQUEST_MENTOR } from '../../graphql/productDocuments.js';
import type { SkillOption } from '../../graphql/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { SelectField, TextField } from '../../ui/Field.js';
import { MentoringFormFrame } from './MentoringFormFrame.js';

const CAPACITIES = ['1', '2', '3', '4', '5'].map((n) => ({ value: n, label: n }));

interface MentoringFormProps<Current> {
  skills: SkillOption[];
  current: Current;
  onSaved(): void;
}

export function RequestForm({ current, ...rest }: MentoringFormProps<MyMentoringData['myMentorRequest']>) {
  const { t } = useI18n();
  const [goals, setGoals] = useState(current?.goals ?? '');
  return (
    <MentoringFormFrame
      {...rest}
      id="request"
      mutation={REQUEST_MENTOR}
      words={{ title: 'mentoring.request', skills: 'mentoring.wantedSkills' }}
      outcome={{ send: 'mentoring.sendRequest', saved: 'mentoring.requestSaved' }}
      current={current}
      input={(shared) => ({ ...shared, goals })}
      ownField={(errors) => (
        <TextField
          label={t('mentoring.goals')}
          value={goals}
          onChange={setGoals}
          multiline
          error={errors.goals}
        />
      )}
    />
  );
}

export function OfferForm({ current, ...rest }: MentoringFormProps<MyMentoringData['myMentorOffer']>) {
  const { t } = useI18n();
  const [capacity, setCapacity] = useState(String(current?.capacity ?? 1));
  return (
    <MentoringFormFrame
      {...rest}
      id="offer"
      mutation={OFFER_MENTORING}
      words={{ title: 'mentoring.offer', skills: 'mentoring.offeredSkills' }}
      outcome={{ send: 'mentoring.sendOffer', saved: 'mentoring.offerSaved' }}
      current={current}
      input={(shared) => ({ ...shared, capacity: Number(capacity) })}
      ownField={(errors) => (
        <SelectField
          label={t('mentoring.capacity')}
          value={capacity}
          onChange={setCapacity}
          options={CAPACITIES}
          error={errors.capacity}
        />
      )}
    />
  );
}
