import Platform

/// Every URL of the plans feature: its routes are registered from these cases and its views
/// link through them.
enum PlanURL: SiteURL {
    // Staff
    case list
    case new
    case mine
    case importPlans
    case file(PathParameter)
    case plan(PathParameter)
    case edit(PathParameter)
    /// Issue (`ban-hanh`) or close (`ket-thuc`).
    case transition(PathParameter, String)
    case documents(PathParameter)
    case copy(PathParameter)
    case tasksCSV(PathParameter)
    case newTask(PathParameter)
    case editTask(PathParameter, PathParameter)
    case removeTask(PathParameter, PathParameter)
    case newSection(PathParameter)
    case editSection(PathParameter, PathParameter)
    case removeSection(PathParameter, PathParameter)
    case report(PathParameter)
    case review(PathParameter)
    case monitoring(PathParameter)
    case urge(PathParameter)
    case results(PathParameter)
    case resultsPrint(PathParameter)
    case resultsCSV(PathParameter)
    case inbox
    case inboxMarkRead
    case notice(PathParameter)
    // Public
    case publicList
    case publicPlan(PathParameter)
    case publicDocument(PathParameter, PathParameter)
    // API
    case apiPlans
    case apiPlan(PathParameter)
    case apiTasks(PathParameter)
    case apiObligations(PathParameter)
    case apiReports(PathParameter)

    var path: String {
        let staff = "/quan-tri/ke-hoach"
        return switch self {
        case .list: staff
        case .new: "\(staff)/moi"
        case .mine: "\(staff)/viec-cua-toi"
        case .importPlans: "\(staff)/nhap"
        case .file(let id): "\(staff)/tep/\(id)"
        case .plan(let id): "\(staff)/\(id)"
        case .edit(let id): "\(staff)/\(id)/sua"
        case .transition(let id, let move): "\(staff)/\(id)/\(move)"
        case .documents(let id): "\(staff)/\(id)/van-ban"
        case .copy(let id): "\(staff)/\(id)/sao-chep"
        case .tasksCSV(let id): "\(staff)/\(id)/nhiem-vu.csv"
        case .newTask(let id): "\(staff)/\(id)/nhiem-vu/moi"
        case .editTask(let id, let task): "\(staff)/\(id)/nhiem-vu/\(task)/sua"
        case .removeTask(let id, let task): "\(staff)/\(id)/nhiem-vu/\(task)/xoa"
        case .newSection(let id): "\(staff)/\(id)/muc/moi"
        case .editSection(let id, let section): "\(staff)/\(id)/muc/\(section)/sua"
        case .removeSection(let id, let section): "\(staff)/\(id)/muc/\(section)/xoa"
        case .report(let id): "\(staff)/\(id)/bao-cao"
        case .review(let id): "\(staff)/\(id)/duyet"
        case .monitoring(let id): "\(staff)/\(id)/theo-doi"
        case .urge(let id): "\(staff)/\(id)/don-doc"
        case .results(let id): "\(staff)/\(id)/ket-qua"
        case .resultsPrint(let id): "\(staff)/\(id)/ket-qua/in"
        case .resultsCSV(let id): "\(staff)/\(id)/ket-qua.csv"
        case .inbox: "/quan-tri/thong-bao"
        case .inboxMarkRead: "/quan-tri/thong-bao/da-doc"
        case .notice(let n): "/quan-tri/thong-bao/\(n)"
        case .publicList: "/ke-hoach"
        case .publicPlan(let id): "/ke-hoach/\(id)"
        case .publicDocument(let id, let file): "/ke-hoach/\(id)/van-ban/\(file)"
        case .apiPlans: "/api/v1/plans"
        case .apiPlan(let id): "/api/v1/plans/\(id)"
        case .apiTasks(let id): "/api/v1/plans/\(id)/tasks"
        case .apiObligations(let id): "/api/v1/plans/\(id)/obligations"
        case .apiReports(let id): "/api/v1/plans/\(id)/reports"
        }
    }
}
