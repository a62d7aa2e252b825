import { describe, expect, it } from 'vitest';
import { brusselsTime, deadlineFromText } from './deadlineFromText.js';

const iso = (text: string) => {
  const found = deadlineFromText(text);
  return found ? new Date(found.epochMs).toISOString() : null;
};

describe('deadline from the text of a call for tenders', () => {
  it('reads French dates with a time in Paris time', () => {
    expect(iso('Date limite de remise des offres : 15 mars 2027 à 12h00.')).toBe('2027-03-15T11:00:00.000Z');
    expect(iso('Les offres sont à déposer au plus tard le 1er juillet 2027 à 17h30')).toBe(
      '2027-07-01T15:30:00.000Z',
    );
  });

  it('reads a date alone as the end of that day', () => {
    expect(iso('Candidatures avant le 03/02/2027, merci.')).toBe('2027-02-03T22:59:00.000Z');
  });

  it('reads Dutch and English dates', () => {
    expect(iso('Offertes indienen uiterlijk op 15 maart 2027 om 14:00 via e-Procurement.')).toBe(
      '2027-03-15T13:00:00.000Z',
    );
    expect(iso('Deadline for submission: March 15, 2027')).toBe('2027-03-15T22:59:00.000Z');
    expect(iso('Tenders must be received no later than 2027-04-30T12:00.')).toBe('2027-04-30T10:00:00.000Z');
  });

  it('quotes the phrase that gives the deadline', () => {
    expect(deadlineFromText('Exposition du 2 au 30 mai 2027. Date limite : 15 mars 2027.')?.because).toBe(
      'Date limite : 15 mars 2027',
    );
  });

  it('ignores dates that are not announced as a deadline', () => {
    expect(deadlineFromText('Exposition du 2 mai 2027 au 30 juin 2027 à Lille.')).toBeNull();
    expect(deadlineFromText('Date limite : à préciser.')).toBeNull();
  });

  it('refuses impossible dates', () => {
    expect(brusselsTime(2027, 2, 31, 12, 0)).toBeNull();
    expect(deadlineFromText('Date limite : 31/02/2027')).toBeNull();
  });
});
