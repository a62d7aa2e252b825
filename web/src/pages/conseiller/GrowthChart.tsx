// A filière's members per month as an SVG bar chart with its axes: members on the vertical axis
// (0, half and the highest total, with grid lines), months on the horizontal axis (first, middle
// and last), the latest total written above its bar, each bar's month and total on hover. The
// image is also described in words for screen readers.
import type { GrowthPointData } from '../../graphql/productDocuments.js';
import { useI18n } from '../../i18n/I18nProvider.js';

const WIDTH = 360;
const HEIGHT = 170;
const LEFT = 40;
const RIGHT = 12;
const TOP = 22;
const BOTTOM = 34;
const MONTHS_SHOWN = 24;

/** 1, 2 or 5 times a power of ten, at least `value`: round numbers for the axis. */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

export function GrowthChart({ label, points }: { label: string; points: GrowthPointData[] }) {
  const { t, language, number } = useI18n();
  const shown = points.slice(-MONTHS_SHOWN);
  const first = shown[0];
  const last = shown[shown.length - 1];
  if (!first || !last) return <p className="field__hint">{t('conseiller.noGrowth')}</p>;
  const months = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthName = (month: string) => months.format(new Date(`${month}-01T00:00:00Z`));
  const top = niceCeiling(Math.max(...shown.map((p) => p.total)));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const barWidth = plotWidth / shown.length;
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  const ticks = [0, top / 2, top];
  const middle = shown[Math.floor((shown.length - 1) / 2)]!;
  const xLabels = [...new Map([first, middle, last].map((p) => [p.month, p])).values()];
  const description = t('conseiller.growthSummary', {
    name: label,
    from: monthName(first.month),
    to: monthName(last.month),
    before: first.total,
    now: last.total,
  });
  return (
    <figure className="growth-chart">
      <svg
        role="img"
        aria-label={description}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        style={{ maxWidth: '100%', height: 'auto' }}
      >
        <text x={4} y={12} fontSize={11} fill="currentColor">
          {t('conseiller.chartMembers')}
        </text>
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={LEFT}
              x2={WIDTH - RIGHT}
              y1={y(tick)}
              y2={y(tick)}
              stroke="currentColor"
              strokeOpacity={0.2}
            />
            <text x={LEFT - 6} y={y(tick) + 4} fontSize={11} textAnchor="end" fill="currentColor">
              {number(tick)}
            </text>
          </g>
        ))}
        <line x1={LEFT} x2={LEFT} y1={TOP} y2={TOP + plotHeight} stroke="currentColor" />
        <line
          x1={LEFT}
          x2={WIDTH - RIGHT}
          y1={TOP + plotHeight}
          y2={TOP + plotHeight}
          stroke="currentColor"
        />
        {shown.map((point, i) => {
          const height = Math.max(1, (point.total / top) * plotHeight);
          return (
            <rect
              key={point.month}
              x={LEFT + i * barWidth + 1}
              y={TOP + plotHeight - height}
              width={Math.max(1, barWidth - 2)}
              height={height}
              fill="currentColor"
              fillOpacity={0.75}
            >
              <title>{t('conseiller.chartBar', { month: monthName(point.month), total: point.total })}</title>
            </rect>
          );
        })}
        <text
          x={LEFT + (shown.length - 0.5) * barWidth}
          y={y(last.total) - 4}
          fontSize={11}
          textAnchor="end"
          fill="currentColor"
        >
          {number(last.total)}
        </text>
        {xLabels.map((point, i) => {
          const index = shown.indexOf(point);
          const anchor = i === 0 ? 'start' : i === xLabels.length - 1 ? 'end' : 'middle';
          const x =
            anchor === 'start' ? LEFT : anchor === 'end' ? WIDTH - RIGHT : LEFT + (index + 0.5) * barWidth;
          return (
            <text
              key={point.month}
              x={x}
              y={HEIGHT - 16}
              fontSize={11}
              textAnchor={anchor}
              fill="currentColor"
            >
              {monthName(point.month)}
            </text>
          );
        })}
        <text x={LEFT + plotWidth / 2} y={HEIGHT - 2} fontSize={11} textAnchor="middle" fill="currentColor">
          {t('conseiller.chartMonths')}
        </text>
      </svg>
    </figure>
  );
}
