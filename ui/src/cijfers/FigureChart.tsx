import { useId } from 'react';
import { Bar, BarChart, BarShapeProps, CartesianGrid, LabelList, Legend, Rectangle, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Figure, FigureCaption, Paragraph } from '@utrecht/component-library-react';
import { chartData, describeTable, FigureTable } from './FigureTable';
import { FigureNumbers } from './FigureNumbers';

/** A national norm drawn across a chart of shares: `90` percent, with its Dutch name. */
export interface Norm {
  value: number;
  label: string;
}

/**
 * One bar chart of the figures, accessible: a figure whose caption says what it shows, the SVG itself an image with a
 * spoken summary of every number (recharts' accessibility layer lets a keyboard step through the bars), every bar
 * carrying its own number or mark (`<5`, `x`), the series told apart by pattern as well as colour, the norm as a
 * dashed line with its name written on it, and the same numbers in a table right below.
 */
export function FigureChart({ caption, table, unit, norm, empty }: {
  caption: string;
  table: FigureTable;
  unit: 'count' | 'percent';
  norm?: Norm;
  /** said instead of an empty chart when no row has anything to compute (every cell `n.v.t.`) */
  empty?: string;
}) {
  const id = useId();
  const data = chartData(table);
  const barSize = 16;
  const height = Math.max(140, table.rows.length * (table.series.length * (barSize + 4) + 16) + 70);
  const nothing = table.rows.every((row) => row.cells.every((cell) => cell.absence === 'none'));
  const summary = `Staafdiagram: ${caption}. ${describeTable(table)}${norm ? `. ${norm.label}: ${norm.value}%` : ''}.`;
  return (
    <Figure className="hgk-chart" aria-labelledby={`${id}-caption`}>
      <FigureCaption id={`${id}-caption`} className="hgk-chart__caption">
        {caption}
      </FigureCaption>
      {nothing && <Paragraph className="hgk-empty">{empty ?? 'Er is in deze periode niets om in een grafiek te tonen.'}</Paragraph>}
      {/* a chart of nothing is left out, unless it carries a norm: the line says what is asked even before there are figures */}
      {(!nothing || norm) && (
      <div className="hgk-chart__plot">
        <ResponsiveContainer width="100%" height={height}>
          <BarChart
            data={data}
            layout="vertical"
            accessibilityLayer
            role="img"
            aria-label={summary}
            margin={{ top: norm ? 24 : 8, right: 56, bottom: 8, left: 8 }}
            barGap={2}
          >
            <defs>
              {SERIES_LOOKS.map((look, index) => (
                <pattern key={index} id={`${id}-pattern-${index}`} {...look.pattern} />
              ))}
            </defs>
            <CartesianGrid horizontal={false} stroke="#d0d0d0" />
            <XAxis
              type="number"
              allowDecimals={false}
              domain={unit === 'percent' ? [0, 100] : [0, (max: number) => Math.max(5, Math.ceil(max * 1.1))]}
              tickFormatter={(value: number) => (unit === 'percent' ? `${value}%` : new Intl.NumberFormat('nl-NL').format(value))}
              tick={{ fill: '#1a1a1a' }}
            />
            <YAxis type="category" dataKey="name" width={190} tick={{ fill: '#1a1a1a', fontSize: 14 }} interval={0} />
            <Tooltip
              formatter={(_value, name, item) => [String(item.payload[`${String(item.dataKey)}Text`] ?? ''), name]}
              cursor={{ fill: 'rgba(0, 0, 0, 0.06)' }}
            />
            {table.series.length > 1 && <Legend verticalAlign="top" wrapperStyle={{ paddingBottom: 8 }} />}
            {table.series.map((series, index) => (
              <Bar
                key={series.key}
                dataKey={`s${index}`}
                name={series.name}
                fill={`url(#${id}-pattern-${index % SERIES_LOOKS.length})`}
                stroke={SERIES_LOOKS[index % SERIES_LOOKS.length].colour}
                strokeWidth={1.5}
                barSize={barSize}
                isAnimationActive={false}
                shape={BarShape}
              >
                <LabelList dataKey={`s${index}Text`} content={BarText} />
              </Bar>
            ))}
            {norm && (
              <ReferenceLine
                x={norm.value}
                stroke="#1a1a1a"
                strokeWidth={2}
                strokeDasharray="6 4"
                ifOverflow="extendDomain"
                label={{ value: `${norm.label}: ${norm.value}%`, position: 'top', fill: '#1a1a1a', fontSize: 14 }}
              />
            )}
          </BarChart>
        </ResponsiveContainer>
      </div>
      )}
      <FigureNumbers caption={`${caption}: de cijfers`} table={table} />
    </Figure>
  );
}

/** a bar as recharts draws it; given as a shape so that recharts keeps bars of length 0, which carry a text */
function BarShape(props: BarShapeProps) {
  return Number(props.width) > 0 ? <Rectangle {...props} /> : <g />;
}

/**
 * The number or mark written at the end of a bar; also for a bar of length 0, so that `0`, `<5` and `x` stand where the
 * bar would be.
 */
function BarText(props: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; value?: unknown }) {
  const x = Number(props.x ?? 0) + Math.max(0, Number(props.width ?? 0)) + 6;
  const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
  return (
    <text x={x} y={y} dominantBaseline="central" fill="#1a1a1a" fontSize={14}>
      {String(props.value ?? '')}
    </text>
  );
}

/**
 * The series' looks: solid, hatched and dotted, each in a colour with at least 3:1 contrast on white (WCAG 1.4.11), so
 * that colour is never the only thing telling two bars apart.
 */
const SERIES_LOOKS = [
  { colour: '#01689b', pattern: { width: 8, height: 8, patternUnits: 'userSpaceOnUse', children: <rect width="8" height="8" fill="#01689b" /> } },
  {
    colour: '#a14a00',
    pattern: {
      width: 8,
      height: 8,
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
      children: (
        <>
          <rect width="8" height="8" fill="#ffffff" />
          <rect width="4" height="8" fill="#a14a00" />
        </>
      ),
    },
  },
  {
    colour: '#275937',
    pattern: {
      width: 6,
      height: 6,
      patternUnits: 'userSpaceOnUse',
      children: (
        <>
          <rect width="6" height="6" fill="#ffffff" />
          <circle cx="3" cy="3" r="2" fill="#275937" />
        </>
      ),
    },
  },
] as const;
