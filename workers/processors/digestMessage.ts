// The text of the weekly digest, in the member's interface language.
import type { UiLanguage } from '../../domain/entities/common.js';

export interface PersonToMeet {
  memberId: string;
  name: string;
  /** Why, in the member's language (from the suggestion's explanation). */
  reason: string;
}

const wording: Record<
  UiLanguage,
  { subject: string; greeting: (name: string) => string; intro: string; outro: string }
> = {
  fr: {
    subject: 'Des personnes à rencontrer cette semaine',
    greeting: (name) => `Bonjour ${name},`,
    intro: 'Voici des membres du réseau que vous gagneriez à rencontrer :',
    outro:
      'Retrouvez-les dans Passerelle pour leur écrire ou les inviter dans une réponse à un appel d’offres.',
  },
  en: {
    subject: 'People you should meet this week',
    greeting: (name) => `Hello ${name},`,
    intro: 'Here are members of the network you would gain from meeting:',
    outro: 'Find them in Passerelle to write to them or invite them into a joint bid.',
  },
  nl: {
    subject: 'Mensen die je deze week zou moeten ontmoeten',
    greeting: (name) => `Hallo ${name},`,
    intro: 'Deze leden van het netwerk zou je best eens ontmoeten:',
    outro: 'Vind ze in Passerelle om ze te schrijven of uit te nodigen voor een gezamenlijke inschrijving.',
  },
};

export function digestMessage(
  recipient: { name: string; language: UiLanguage },
  people: readonly PersonToMeet[],
): { subject: string; text: string } {
  const w = wording[recipient.language];
  const lines = people.map((p) => `- ${p.name}: ${p.reason}`);
  return {
    subject: w.subject,
    text: [w.greeting(recipient.name), '', w.intro, ...lines, '', w.outro].join('\n'),
  };
}
