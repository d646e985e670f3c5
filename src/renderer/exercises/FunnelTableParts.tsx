import { t } from '../i18n/fr';

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
