import type { Dashboard } from '../../shared/api/dashboard-schemas';
import { formatMoment } from '../../shared/format/index';
import { dashboardStrings as s } from './dashboard-strings';

/** Each attendee (a number until names are shown), their progress per lesson, their last answer. */
export function AttendeesTable({ data }: { data: Dashboard }) {
  if (data.attendees.length === 0) return <p>{s.noAttendees}</p>;
  return (
    <div className="table-scroll">
      <table className="attendees-table" data-names-shown={data.namesShown}>
        <caption className="visually-hidden">{s.attendeesHeading}</caption>
        <thead>
          <tr>
            <th scope="col">{s.attendeeColumn}</th>
            {data.lessons.map((lesson) => (
              <th scope="col" key={lesson.lessonId}>
                {lesson.title}
              </th>
            ))}
            <th scope="col">{s.lastActivityColumn}</th>
          </tr>
        </thead>
        <tbody>
          {data.attendees.map((attendee) => (
            <tr key={attendee.profileId} data-attendee={attendee.number}>
              <th scope="row">{attendee.name ?? s.attendeeNumber(attendee.number)}</th>
              {attendee.lessons.map((lesson) => (
                <td key={lesson.lessonId} data-done={lesson.total > 0 && lesson.done === lesson.total}>
                  {s.lessonProgress(lesson.done, lesson.total)}
                </td>
              ))}
              <td>{attendee.lastActivity ? formatMoment(attendee.lastActivity) : s.noActivity}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
