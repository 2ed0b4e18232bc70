// Counts by status and group as a table: the text equivalent of the profile at a glance. Each
// row also draws a bar of the same numbers, hidden from assistive technology (the table says it).
import type { FactorGroup } from '../../../shared/content/types';
import { ASSESSMENT_STATUSES, type AssessmentStatus } from '../../../shared/partnerships/types';
import { useT } from '../../i18n';
import { GROUP_LABEL } from '../shared/labels';
import { STATUS_LABEL } from './labels';

export interface CountsRow {
  group: FactorGroup;
  counts: Record<AssessmentStatus, number>;
}

export function CountsTable({ rows, caption }: { rows: CountsRow[]; caption: string }) {
  const t = useT();
  const total = (counts: Record<AssessmentStatus, number>) =>
    ASSESSMENT_STATUSES.reduce((n, s) => n + counts[s], 0);
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={caption}>
      <table className="counts-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('myPartnerships.group')}</th>
            {ASSESSMENT_STATUSES.map((s) => (
              <th key={s} scope="col" className="num">
                {t(STATUS_LABEL[s])}
              </th>
            ))}
            <th scope="col" aria-hidden="true" className="bar-col" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.group}>
              <th scope="row">{t(GROUP_LABEL[row.group])}</th>
              {ASSESSMENT_STATUSES.map((s) => (
                <td key={s} className="num" data-status={s}>
                  {row.counts[s]}
                </td>
              ))}
              <td aria-hidden="true" className="bar-col">
                <span className="status-bar">
                  {ASSESSMENT_STATUSES.map((s) => (
                    <span
                      key={s}
                      className={`status-bar-part status-${s}`}
                      style={{ flexGrow: row.counts[s] }}
                      title={`${t(STATUS_LABEL[s])}: ${row.counts[s]} / ${total(row.counts)}`}
                    />
                  ))}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
