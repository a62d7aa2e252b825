// The newcomer's request for a mentor and the experienced member's offer to mentor.
import { useState } from 'react';
import { type MyMentoringData, OFFER_MENTORING, REQUEST_MENTOR } from '../../graphql/productDocuments.js';
import type { SkillOption } from '../../graphql/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { SelectField, TextField } from '../../ui/Field.js';
import { MentoringFormFrame } from './MentoringFormFrame.js';

const CAPACITIES = ['1', '2', '3', '4', '5'].map((n) => ({ value: n, label: n }));

export function RequestForm({
  skills,
  current,
  onSaved,
}: {
  skills: SkillOption[];
  current: MyMentoringData['myMentorRequest'];
  onSaved(): void;
}) {
  const { t } = useI18n();
  const [goals, setGoals] = useState(current?.goals ?? '');
  return (
    <MentoringFormFrame
      id="request"
      words={{
        title: 'mentoring.request',
        skills: 'mentoring.wantedSkills',
        send: 'mentoring.sendRequest',
        saved: 'mentoring.requestSaved',
      }}
      mutation={REQUEST_MENTOR}
      skills={skills}
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
      onSaved={onSaved}
    />
  );
}

export function OfferForm({
  skills,
  current,
  onSaved,
}: {
  skills: SkillOption[];
  current: MyMentoringData['myMentorOffer'];
  onSaved(): void;
}) {
  const { t } = useI18n();
  const [capacity, setCapacity] = useState(String(current?.capacity ?? 1));
  return (
    <MentoringFormFrame
      id="offer"
      words={{
        title: 'mentoring.offer',
        skills: 'mentoring.offeredSkills',
        send: 'mentoring.sendOffer',
        saved: 'mentoring.offerSaved',
      }}
      mutation={OFFER_MENTORING}
      skills={skills}
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
      onSaved={onSaved}
    />
  );
}
