import { t } from '../../i18n/fr';

export function FunnelTableHead() {
  return (
    <thead>
      <tr>
        <th scope="col">{t.stepColumn}</th>
        <th scope="col">{t.countColumn}</th>
        <th scope="col">{t.stepRateColumn}</th>
        <th scope="col">{t.fromStartColumn}</th>
      </tr>
    </thead>
  );
}

export function FunnelOverallRow({ children }: { children: React.ReactNode }) {
  return (
    <tfoot>
      <tr>
        <th scope="row" colSpan={3}>
          {t.overall}
        </th>
        <td>{children}</td>
      </tr>
    </tfoot>
  );
}

/** « C’est entre X et Y que l’entonnoir perd le plus… », once two step rates can be compared. */
export function FunnelHint({ drop }: { drop: { from: string; to: string; stepRate: number } | null }) {
  if (!drop) return null;
  return (
    <p className="funnel-hint" data-testid="funnel-hint">
      {t.biggestDrop(drop.from, drop.to, drop.stepRate)}
    </p>
  );
}
