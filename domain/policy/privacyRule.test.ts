// Every case of the privacy table (privacyCases.ts) against the TypeScript
// predicates, with every consent given and with each consent refused in turn.
import { describe, expect, it } from 'vitest';
import type { Privacy, Visibility } from '../entities/member.js';
import {
  CASE_MEMBER,
  type Column,
  expectedWith,
  VIEWERS,
  type ViewerCase,
  type ViewerName,
} from './privacyCases.js';
import {
  alwaysSeenCondition,
  audienceOf,
  type ConsentFlag,
  holds,
  mayInviteToFiliere,
  mayMeet,
  maySee,
  maySuggest,
  seeCondition,
  seeConditionFor,
  suggestCondition,
} from './privacyRule.js';

const CONSENTS: ConsentFlag[] = ['suggestForBids', 'suggestForMentoring', 'suggestForFilieres'];

function privacy(visibility: Visibility, refused: ConsentFlag | null): Privacy {
  return {
    visibility,
    suggestForBids: refused !== 'suggestForBids',
    suggestForMentoring: refused !== 'suggestForMentoring',
    suggestForFilieres: refused !== 'suggestForFilieres',
  };
}

function decide(c: ViewerCase, visibility: Visibility, refused: ConsentFlag | null): Record<Column, boolean> {
  const member = { id: CASE_MEMBER.id, privacy: privacy(visibility, refused) };
  const spaces = [CASE_MEMBER.space];
  return {
    see: maySee(c.viewer, member, spaces, c.scope),
    bids: maySuggest(c.viewer, member, spaces, 'bids'),
    mentoring: maySuggest(c.viewer, member, spaces, 'mentoring'),
    peers: mayMeet(c.viewer, member, spaces),
    invite: mayInviteToFiliere(c.viewer, member, CASE_MEMBER.filiere),
  };
}

const cases = (Object.keys(VIEWERS) as ViewerName[]).flatMap((name) =>
  (['network', 'spaces', 'nobody'] as const).flatMap((visibility) =>
    [null, ...CONSENTS].map((refused) => ({ name, visibility, refused })),
  ),
);

describe('the privacy rule, case by case', () => {
  it.each(cases)('$name / $visibility / refused: $refused', ({ name, visibility, refused }) => {
    expect(decide(VIEWERS[name], visibility, refused)).toEqual(expectedWith(name, visibility, refused));
  });

  it('lets a visitor see no profile at all, whatever the setting', () => {
    expect(seeCondition(audienceOf(VIEWERS.visitor.viewer))).toEqual({ op: 'none' });
    expect(suggestCondition(audienceOf(VIEWERS.visitor.viewer), 'bids')).toEqual({ op: 'none' });
  });

  it('lists, without shared-space cases, what a viewer sees whatever spaces they share', () => {
    const facts = (visibility: Visibility) => ({
      id: 'm9',
      privacy: { visibility },
      spaceIds: [CASE_MEMBER.space],
    });
    const colleague = alwaysSeenCondition(audienceOf(VIEWERS.colleague.viewer));
    expect(holds(colleague, facts('network'))).toBe(true);
    expect(holds(colleague, facts('spaces'))).toBe(false);
    expect(holds(alwaysSeenCondition(audienceOf(VIEWERS.admin.viewer)), facts('nobody'))).toBe(true);
    expect(alwaysSeenCondition(audienceOf(VIEWERS.visitor.viewer))).toEqual({ op: 'none' });
  });

  it('needs the member spaces only for profiles visible to shared spaces', () => {
    const condition = seeCondition(audienceOf(VIEWERS.colleague.viewer));
    const facts = { id: 'm9', privacy: { visibility: 'spaces' as const }, spaceIds: ['lavallee'] };
    expect(holds(condition, facts)).toBe(false);
    expect(holds(condition, { ...facts, spaceIds: ['lavallee', CASE_MEMBER.space] })).toBe(true);
  });
});

describe('seeConditionFor (the rule as a store filter, the viewer included)', () => {
  it.each(cases.filter((c) => c.refused === null))(
    'agrees with maySee: $name / $visibility',
    ({ name, visibility }) => {
      const { viewer, scope } = VIEWERS[name] as ViewerCase;
      const member = { id: CASE_MEMBER.id, privacy: privacy(visibility, null) };
      const spaces = [CASE_MEMBER.space];
      expect(holds(seeConditionFor(viewer, scope), { ...member, spaceIds: spaces })).toBe(
        maySee(viewer, member, spaces, scope),
      );
    },
  );

  it('lets the viewer find their own hidden profile', () => {
    const condition = seeConditionFor(VIEWERS.self.viewer);
    expect(holds(condition, { id: CASE_MEMBER.id, privacy: { visibility: 'nobody' }, spaceIds: [] })).toBe(
      true,
    );
  });
});
