/// Every URL Platform serves: the staff home, sign-in, the password page, units, the working
/// calendar, the audit log, people and their API. Its routes are registered from these cases and
/// every link to them (features' breadcrumbs to the staff home included) is built through them.
public enum PlatformURL: SiteURL {
    case home
    /// The deadline calculator.
    case calculator
    /// Switch the site's language (`vi`, `en`).
    case language(PathParameter)
    case stylesheet
    case staffHome
    case signIn
    case signOut
    case password
    case units
    case newUnit
    case unit(PathParameter)
    case editUnit(PathParameter)
    case closeUnit(PathParameter)
    case calendar
    case calendarSettings
    case newDecision
    case editDecision(PathParameter)
    case deleteDecision(PathParameter)
    case audit
    case people
    case outbox
    case outboxMessage(PathParameter)
    case outboxResend(PathParameter)
    case apiSession
    case apiUnits
    case apiUnit(PathParameter)
    case apiPeople
    case apiAudit

    public var path: String {
        switch self {
        case .home: "/"
        case .calculator: "/tinh-han"
        case .language(let code): "/ngon-ngu/\(code)"
        case .stylesheet: "/static/site.css"
        case .staffHome: "/quan-tri"
        case .signIn: "/dang-nhap"
        case .signOut: "/dang-xuat"
        case .password: "/quan-tri/mat-khau"
        case .units: "/quan-tri/don-vi"
        case .newUnit: "/quan-tri/don-vi/moi"
        case .unit(let id): "/quan-tri/don-vi/\(id)"
        case .editUnit(let id): "/quan-tri/don-vi/\(id)/sua"
        case .closeUnit(let id): "/quan-tri/don-vi/\(id)/dong"
        case .calendar: "/quan-tri/lich"
        case .calendarSettings: "/quan-tri/lich/cau-hinh"
        case .newDecision: "/quan-tri/lich/van-ban/moi"
        case .editDecision(let id): "/quan-tri/lich/van-ban/\(id)/sua"
        case .deleteDecision(let id): "/quan-tri/lich/van-ban/\(id)/xoa"
        case .audit: "/quan-tri/nhat-ky"
        case .people: "/quan-tri/nguoi-dung"
        case .outbox: "/quan-tri/thu-gui"
        case .outboxMessage(let id): "/quan-tri/thu-gui/\(id)"
        case .outboxResend(let id): "/quan-tri/thu-gui/\(id)/gui-lai"
        case .apiSession: "/api/v1/session"
        case .apiUnits: "/api/v1/units"
        case .apiUnit(let id): "/api/v1/units/\(id)"
        case .apiPeople: "/api/v1/people"
        case .apiAudit: "/api/v1/audit"
        }
    }

    /// The audit log filtered to one record (`loai` is its entity type, `ma` its id).
    public static func history(of entityType: String, _ id: String) -> String {
        audit.path + "?loai=\(entityType.urlComponentEncoded)&ma=\(id.urlComponentEncoded)"
    }
}
