// A filière's members per month as a small SVG bar chart; the image is described in words
// (first and last month, members then and now) for screen readers.
import type { GrowthPointData } from '../../graphql/productDocuments.js';
import { useI18n } from '../../i18n/I18nProvider.js';

const WIDTH = 240;
const HEIGHT = 60;
const MONTHS_SHOWN = 24;

export function GrowthChart({ label, points }: { label: string; points: GrowthPointData[] }) {
  const { t } = useI18n();
  const shown = points.slice(-MONTHS_SHOWN);
  const first = shown[0];
  const last = shown[shown.length - 1];
  if (!first || !last) return <p className="field__hint">{t('conseiller.noGrowth')}</p>;
  const highest = Math.max(1, ...shown.map((p) => p.total));
  const barWidth = WIDTH / shown.length;
  const description = t('conseiller.growthSummary', {
    name: label,
    from: first.month,
    to: last.month,
    before: first.total,
    now: last.total,
  });
  return (
    <svg
      className="growth-chart"
      role="img"
      aria-label={description}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
    >
      {shown.map((point, i) => {
        const height = Math.max(1, (point.total / highest) * HEIGHT);
        return (
          <rect
            key={point.month}
            x={i * barWidth + 1}
            y={HEIGHT - height}
            width={Math.max(1, barWidth - 2)}
            height={height}
            fill="currentColor"
          >
            <title>{`${point.month}: ${point.total}`}</title>
          </rect>
        );
      })}
    </svg>
  );
}
