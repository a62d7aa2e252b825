// Award notices: per lot, how many tenders came in, who won, for how much and
// whether the winning tender subcontracts. Results refer to tenders, tenders to
// tendering parties, parties to organisations, all by id.
import { select, textAt, type XmlElement } from '../xml/xmlElement.js';
import { cac, cbc, EFORMS_EXTENSION, efac, efbc } from './namespaces.js';
import type { LotResult, Money, Organisation } from './notice.js';
import type { NoticeProblems } from './noticeProblems.js';
import { organisationName } from './organisations.js';
import { readMoney } from './valueReaders.js';

export interface LotAward {
  result: LotResult;
  /** `applicability` of the winning tender's subcontracting term (`yes`, `no`). */
  subcontracting: string | null;
}

interface TenderFacts {
  partyId: string | undefined;
  amount: Money | null;
  subcontracting: string | undefined;
}

const WHERE = 'efac:NoticeResult';

export function readAwardResults(
  root: XmlElement,
  organisations: ReadonlyMap<string, Organisation>,
  languages: readonly string[],
  problems: NoticeProblems,
): Map<string, LotAward> {
  const awards = new Map<string, LotAward>();
  const noticeResult = select(root, ...EFORMS_EXTENSION, efac('NoticeResult'))[0];
  if (!noticeResult) return awards;

  const partyMembers = new Map<string, string[]>();
  for (const party of select(noticeResult, efac('TenderingParty'))) {
    const id = textAt(party, cbc('ID'));
    if (id)
      partyMembers.set(
        id,
        select(party, efac('Tenderer'), cbc('ID')).map((tenderer) => tenderer.text),
      );
  }
  const tenders = new Map<string, TenderFacts>();
  for (const tender of select(noticeResult, efac('LotTender'))) {
    const id = textAt(tender, cbc('ID'));
    if (!id) continue;
    tenders.set(id, {
      partyId: textAt(tender, efac('TenderingParty'), cbc('ID')),
      amount: readMoney(
        select(tender, cac('LegalMonetaryTotal'), cbc('PayableAmount'))[0],
        `${WHERE}/efac:LotTender/cac:LegalMonetaryTotal/cbc:PayableAmount`,
        problems,
      ),
      subcontracting: textAt(tender, efac('SubcontractingTerm'), efbc('TermCode')),
    });
  }

  for (const lotResult of select(noticeResult, efac('LotResult'))) {
    const lotId = textAt(lotResult, efac('TenderLot'), cbc('ID'));
    if (!lotId) continue;
    const lotTenders = select(lotResult, efac('LotTender'), cbc('ID')).flatMap((element) => {
      const facts = tenders.get(element.text);
      return facts ? [facts] : [];
    });
    const hasWinner = (textAt(lotResult, cbc('TenderResultCode')) ?? 'selec-w') === 'selec-w';
    const winners = hasWinner
      ? lotTenders
          .flatMap((tender) => partyMembers.get(tender.partyId ?? '') ?? [])
          .flatMap((organisationId) => {
            const organisation = organisations.get(organisationId);
            const name = organisation ? organisationName(organisation, languages) : null;
            return name ? [name] : [];
          })
      : [];
    awards.set(lotId, {
      result: {
        tendersReceived: tendersReceived(lotResult),
        winners: [...new Set(winners)],
        awardedValue: hasWinner ? (lotTenders[0]?.amount ?? null) : null,
      },
      subcontracting: lotTenders[0]?.subcontracting ?? null,
    });
  }
  return awards;
}

function tendersReceived(lotResult: XmlElement): number | null {
  for (const statistics of select(lotResult, efac('ReceivedSubmissionsStatistics'))) {
    if (textAt(statistics, efbc('StatisticsCode')) !== 'tenders') continue;
    const count = Number(textAt(statistics, efbc('StatisticsNumeric')));
    return Number.isInteger(count) && count >= 0 ? count : null;
  }
  return null;
}
