import type { Representation } from '../../../lib/api-types.ts';
import { useFormat, useT } from '../../../lib/i18n.ts';

type TermStats = Representation['terms'][number];

const WIDTH = 560;
const LABEL_WIDTH = 112;
const BAR_WIDTH = WIDTH - LABEL_WIDTH - 8;
const ROW_HEIGHT = 48;
const BAR_HEIGHT = 32;
const TOP = 24;

type Segment = { key: 'women' | 'men' | 'rest'; share: number };

/** Women, men, and everyone else (another gender or not stated), as shares of all seats. */
function segmentsOf(term: TermStats): Segment[] | null {
  const { total, gender } = term.overall;
  if (term.overall.suppressed || !gender || total === 0) return null;
  const rest = Math.max(0, total - gender.women - gender.men);
  return [
    { key: 'women', share: gender.women / total },
    { key: 'men', share: gender.men / total },
    { key: 'rest', share: rest / total },
  ];
}

/**
 * The gender split of the elected members, term by term, as stacked bars. Built from SVG
 * elements with presentation attributes and classes only, since the Content Security Policy
 * forbids inline styles. The picture is one image to assistive technology, named by a summary;
 * the table beside it holds the same numbers.
 */
export function RepresentationChart({ terms, minimum }: { terms: TermStats[]; minimum: number }) {
  const t = useT();
  const format = useFormat();
  const height = TOP + terms.length * ROW_HEIGHT + 8;
  const summary = t('web.org.rep.chart_summary', {
    terms: terms
      .map((term) => {
        const segments = segmentsOf(term);
        if (!segments) return t('web.org.rep.chart_term_hidden', { term: term.name, min: minimum });
        const [women, men] = segments;
        return t('web.org.rep.chart_term', {
          term: term.name,
          women: format.percent(women?.share ?? 0),
          men: format.percent(men?.share ?? 0),
        });
      })
      .join('; '),
  });
  const legend: Array<{ key: Segment['key']; label: string }> = [
    { key: 'women', label: t('web.org.gender.women') },
    { key: 'men', label: t('web.org.gender.men') },
    { key: 'rest', label: t('web.org.rep.rest') },
  ];
  const half = LABEL_WIDTH + BAR_WIDTH / 2;

  return (
    <figure className="chart">
      <figcaption className="chart__caption">{t('web.org.rep.chart_caption')}</figcaption>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="chart__svg"
        preserveAspectRatio="xMinYMin meet"
      >
        <text x={half} y={14} textAnchor="middle" className="chart__axis">
          {format.percent(0.5)}
        </text>
        {terms.map((term, index) => {
          const y = TOP + index * ROW_HEIGHT;
          const segments = segmentsOf(term);
          let x = LABEL_WIDTH;
          return (
            <g key={term.termId}>
              <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT / 2 + 6} textAnchor="end" className="chart__label">
                {term.name}
              </text>
              {segments ? (
                segments.map((segment) => {
                  const width = segment.share * BAR_WIDTH;
                  const start = x;
                  x += width;
                  if (width <= 0) return null;
                  return (
                    <g key={segment.key}>
                      <rect
                        x={start}
                        y={y}
                        width={width}
                        height={BAR_HEIGHT}
                        className={`chart__bar chart__bar--${segment.key}`}
                      />
                      {width >= 44 && (
                        <text
                          x={start + width / 2}
                          y={y + BAR_HEIGHT / 2 + 6}
                          textAnchor="middle"
                          className={`chart__value chart__value--${segment.key}`}
                        >
                          {format.percent(segment.share)}
                        </text>
                      )}
                    </g>
                  );
                })
              ) : (
                <text x={LABEL_WIDTH} y={y + BAR_HEIGHT / 2 + 6} className="chart__label">
                  {t('web.org.rep.suppressed', { min: minimum })}
                </text>
              )}
            </g>
          );
        })}
        <line x1={half} x2={half} y1={18} y2={height - 4} className="chart__mid" />
      </svg>
      <ul className="chart__legend" aria-label={t('web.org.rep.legend')}>
        {legend.map((item) => (
          <li key={item.key}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <rect x="0" y="0" width="16" height="16" className={`chart__bar chart__bar--${item.key}`} />
            </svg>
            {item.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
