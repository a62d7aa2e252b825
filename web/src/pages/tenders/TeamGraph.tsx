// Who already worked with whom in a suggested team (issue 8): members on a circle, a solid
// edge between two who worked together, a dashed one labelled with the hop count when they
// are 2 to 4 hops apart, nothing further. The drawing is one image with a summary as its
// accessible name; the pairs are also listed, visually hidden, for screen readers.
import type { TeamSuggestionData } from '../../graphql/productDocuments.js';
import { useI18n } from '../../i18n/I18nProvider.js';

// Wide enough for a 14-character label beside a node on either side of the circle.
const WIDTH = 400;
const HEIGHT = 220;
const RADIUS = 70;
const NODE_RADIUS = 7;
const LABEL_CHARS = 14;
/** Farther than this, the pair is not drawn (5 is the capped "no close link"). */
const MAX_DRAWN_HOPS = 4;

interface Node {
  id: string;
  name: string;
  x: number;
  y: number;
  cos: number;
}

function short(name: string): string {
  return name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1)}…` : name;
}

function layout(names: { id: string; name: string }[]): Node[] {
  return names.map((member, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / names.length;
    const cos = Math.cos(angle);
    return {
      ...member,
      x: WIDTH / 2 + RADIUS * cos,
      y: HEIGHT / 2 + RADIUS * Math.sin(angle),
      cos,
    };
  });
}

export function TeamGraph({ team, rank }: { team: TeamSuggestionData; rank: number }) {
  const { t } = useI18n();
  const nodes = layout(
    team.members.map((m) => ({ id: m.memberId, name: m.member?.name ?? t('teams.hidden') })),
  );
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const pairs = team.pairs.filter((p) => byId.has(p.a) && byId.has(p.b));
  const together = pairs.filter((p) => p.distance === 1).length;
  const summary = t('teams.graph', { rank, members: nodes.length, together });

  function sentence(p: TeamSuggestionData['pairs'][number]): string {
    const a = byId.get(p.a)?.name ?? '';
    const b = byId.get(p.b)?.name ?? '';
    if (p.distance === 1) return t('teams.pairTogether', { a, b });
    if (p.distance <= MAX_DRAWN_HOPS) return t('teams.pairHops', { a, b, hops: p.distance });
    return t('teams.pairFar', { a, b });
  }

  return (
    <figure className="team-graph" style={{ margin: 0 }}>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ maxWidth: WIDTH }}
      >
        <title>{summary}</title>
        {pairs
          .filter((p) => p.distance <= MAX_DRAWN_HOPS)
          .map((p) => {
            const a = byId.get(p.a)!;
            const b = byId.get(p.b)!;
            const dashed = p.distance > 1;
            return (
              <g key={`${p.a}-${p.b}`}>
                <line
                  x1={a.x}
                  y1={a.y}
                  x2={b.x}
                  y2={b.y}
                  stroke="currentColor"
                  strokeWidth={dashed ? 1 : 2.5}
                  strokeDasharray={dashed ? '4 4' : undefined}
                  opacity={dashed ? 0.6 : 1}
                />
                {dashed && (
                  <text
                    x={(a.x + b.x) / 2}
                    y={(a.y + b.y) / 2 - 3}
                    textAnchor="middle"
                    fontSize={11}
                    fill="currentColor"
                  >
                    {p.distance}
                  </text>
                )}
              </g>
            );
          })}
        {nodes.map((node) => (
          <g key={node.id} data-team-graph-node={node.id}>
            <circle cx={node.x} cy={node.y} r={NODE_RADIUS} fill="currentColor" />
            <text
              x={node.x + (NODE_RADIUS + 4) * Math.sign(Math.round(node.cos * 10))}
              y={node.y + (Math.abs(node.cos) < 0.1 ? (node.y < HEIGHT / 2 ? -12 : 20) : 4)}
              textAnchor={Math.abs(node.cos) < 0.1 ? 'middle' : node.cos > 0 ? 'start' : 'end'}
              fontSize={12}
              fill="currentColor"
            >
              {short(node.name)}
            </text>
          </g>
        ))}
      </svg>
      <ul className="visually-hidden" aria-label={t('teams.graphPairs', { rank })}>
        {pairs.map((p) => (
          <li key={`${p.a}-${p.b}`}>{sentence(p)}</li>
        ))}
      </ul>
    </figure>
  );
}
