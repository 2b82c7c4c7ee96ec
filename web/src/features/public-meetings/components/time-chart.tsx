import { useFormat, useT } from '../../../lib/i18n.ts';
import type { MeetingStatistics } from '../api/public-meetings.types.ts';

type BodyTime = MeetingStatistics['bodies'][number];
type Part = 'strategic' | 'operational' | 'other';

const parts: Part[] = ['strategic', 'operational', 'other'];

const WIDTH = 640;
const LABEL_WIDTH = 210;
const VALUE_WIDTH = 64;
const BAR_WIDTH = WIDTH - LABEL_WIDTH - VALUE_WIDTH - 8;
const BAR_HEIGHT = 22;
const BAR_GAP = 6;
const GROUP_TITLE = 30;
const GROUP_GAP = 18;
const GROUP_HEIGHT = GROUP_TITLE + parts.length * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP;

function minutesOf(body: BodyTime, part: Part): number {
  if (part === 'strategic') return body.strategicMinutes;
  if (part === 'operational') return body.operationalMinutes;
  return body.otherMinutes;
}

/** Each part's share of the body's time on items; null when no item time was recorded. */
export function sharesOf(body: BodyTime): Record<Part, number> | null {
  const total = body.strategicMinutes + body.operationalMinutes + body.otherMinutes;
  if (total <= 0) return null;
  return {
    strategic: body.strategicMinutes / total,
    operational: body.operationalMinutes / total,
    other: body.otherMinutes / total,
  };
}

/**
 * Where each body's item time went, as grouped bars: one bar per part, each named in writing, so
 * that nothing rests on colour. SVG with presentation attributes and classes only (the Content
 * Security Policy forbids inline styles). The picture is one image to assistive technology, named
 * by a summary; the table beside it holds the same numbers.
 */
export function TimeChart({ bodies }: { bodies: BodyTime[] }) {
  const t = useT();
  const format = useFormat();
  const height = bodies.length * GROUP_HEIGHT;
  const summary = t('web.public_meetings.stats.chart_summary', {
    bodies: bodies
      .map((body) => {
        const shares = sharesOf(body);
        if (!shares) return t('web.public_meetings.stats.chart_body_none', { body: body.body.name });
        return t('web.public_meetings.stats.chart_body', {
          body: body.body.name,
          strategic: format.percent(shares.strategic),
          operational: format.percent(shares.operational),
          other: format.percent(shares.other),
        });
      })
      .join('; '),
  });

  return (
    <figure className="chart pm-chart">
      <figcaption className="chart__caption">{t('web.public_meetings.stats.chart_caption')}</figcaption>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="chart__svg"
        preserveAspectRatio="xMinYMin meet"
      >
        {bodies.map((body, index) => {
          const top = index * GROUP_HEIGHT;
          const shares = sharesOf(body);
          return (
            <g key={body.body.id}>
              <text x={0} y={top + 20} className="pm-chart__body">
                {body.body.name}
              </text>
              {shares ? (
                parts.map((part, row) => {
                  const y = top + GROUP_TITLE + row * (BAR_HEIGHT + BAR_GAP);
                  const width = Math.max(shares[part] * BAR_WIDTH, minutesOf(body, part) > 0 ? 2 : 0);
                  return (
                    <g key={part}>
                      <text
                        x={LABEL_WIDTH - 8}
                        y={y + BAR_HEIGHT / 2 + 5}
                        textAnchor="end"
                        className="chart__label pm-chart__label"
                      >
                        {t(`web.public_meetings.stats.part.${part}`)}
                      </text>
                      <rect
                        x={LABEL_WIDTH}
                        y={y}
                        width={BAR_WIDTH}
                        height={BAR_HEIGHT}
                        className="pm-chart__track"
                      />
                      {width > 0 && (
                        <rect
                          x={LABEL_WIDTH}
                          y={y}
                          width={width}
                          height={BAR_HEIGHT}
                          className={`pm-chart__bar pm-chart__bar--${part}`}
                        />
                      )}
                      <text
                        x={LABEL_WIDTH + BAR_WIDTH + 8}
                        y={y + BAR_HEIGHT / 2 + 5}
                        className="chart__label pm-chart__label"
                      >
                        {format.percent(shares[part])}
                      </text>
                    </g>
                  );
                })
              ) : (
                <text
                  x={LABEL_WIDTH}
                  y={top + GROUP_TITLE + BAR_HEIGHT / 2 + 5}
                  className="chart__label pm-chart__label"
                >
                  {t('web.public_meetings.stats.no_item_time')}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
