import DossierRules
import WorkCalendar

/// One calendar for every test: the bundled decisions (Tết 2025, 2026, the 2025 swap).
let calendar: HolidayCalendar = {
    do { return try HolidayCalendar.bundled() } catch { fatalError("bundled calendar: \(error)") }
}()

/// `yyyy-MM-dd`.
func day(_ iso: String) -> LocalDate {
    guard let value = LocalDate(iso: iso) else { fatalError("bad date \(iso)") }
    return value
}

/// `yyyy-MM-ddTHH:mm`.
func at(_ iso: String) -> LocalDateTime {
    guard let value = LocalDateTime(iso: iso) else { fatalError("bad moment \(iso)") }
    return value
}

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

/// SplitMix64: a small seeded generator so random tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
