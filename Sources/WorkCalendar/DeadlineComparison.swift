/// Records whose due moment changes when `newCalendar` replaces the calendar they were
/// computed with (e.g. after a new yearly decision), with the old and the new moment.
/// Order follows `records`; unchanged records are left out.
public func changedDeadlines<ID>(
    _ records: [(id: ID, request: DeadlineRequest, currentDue: LocalDateTime)],
    newCalendar: HolidayCalendar
) -> [(id: ID, old: LocalDateTime, new: LocalDateTime)] {
    records.compactMap { record in
        let new = newCalendar.dueMoment(record.request)
        return new == record.currentDue ? nil : (id: record.id, old: record.currentDue, new: new)
    }
}
