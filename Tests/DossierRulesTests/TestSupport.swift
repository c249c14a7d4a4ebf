import DossierRules
import WorkCalendar
import TestKit

let agency = "000.00.00.H41"

func code(_ day: LocalDate, _ sequence: Int, agency: String = agency) -> DossierCode {
    do { return try DossierCode.make(agency: agency, day: day, sequence: sequence) } catch {
        fatalError("bad code: \(error)")
    }
}

/// Applies events that must all succeed.
func run(_ dossier: DossierCase, _ events: [DossierEvent]) -> DossierCase {
    var result = dossier
    for event in events {
        do { try result.apply(event, calendar: calendar) } catch {
            fatalError("\(event.kind) refused: \(error.message(.en))")
        }
    }
    return result
}

let applicant = ApplicantRecord(fullName: "Nguyễn Thị Minh Khai", citizenID: "040195001234",
                                phone: "0912 345 678", address: "Xóm 3, xã Diễn Châu, tỉnh Nghệ An",
                                email: "khai.nguyen@example.vn")

func snapshot(_ lifecycle: DossierCase, code: DossierCode, field: String = "Hộ tịch",
              unit: String = "UBND xã Diễn Châu", channel: SubmissionChannel = .inPerson) -> DossierSnapshot {
    DossierSnapshot(code: code, procedureCode: "1.000893", field: field, competentUnit: unit,
                    channel: channel, lifecycle: lifecycle, applicant: applicant,
                    documents: ["Tờ khai đăng ký khai sinh"])
}
