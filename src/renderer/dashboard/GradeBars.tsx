import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts';
import { formatCount } from '../../shared/format/index';

const RIGHT = '#1f6b3a';
const OTHER = '#8a3b12';

export interface GradeBar {
  label: string;
  count: number;
  /** The right answer (« Juste », a full quiz score): drawn green, the rest brown. */
  right: boolean;
}

/**
 * The bars of one exercise: recharts in its own chunk (only the trainer's
 * page loads it). No animation (it would replay at every save), no tooltip,
 * no keyboard layer: the figure around it is one image with a name, and the
 * table beside it is the way in.
 */
export default function GradeBars({ bars }: { bars: readonly GradeBar[] }) {
  return (
    <BarChart
      responsive
      layout="vertical"
      style={{ width: '100%', height: 40 + 28 * bars.length }}
      data={bars as GradeBar[]}
      margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} tickFormatter={(value: number) => formatCount(value)} />
      <YAxis type="category" dataKey="label" width={200} tick={{ fontSize: 12 }} interval={0} />
      <Bar dataKey="count" isAnimationActive={false}>
        {bars.map((bar) => (
          <Cell key={bar.label} fill={bar.right ? RIGHT : OTHER} />
        ))}
      </Bar>
    </BarChart>
  );
}
