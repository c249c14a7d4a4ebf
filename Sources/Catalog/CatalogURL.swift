import Platform

/// Every URL of the catalogue: its routes are registered from these cases and its views link
/// through them. A procedure's code is written into the path as it is stored.
public enum CatalogURL: SiteURL {
    case search
    case procedure(PathParameter)
    case print(PathParameter)
    case form(PathParameter, PathParameter)
    case unitProcedures(PathParameter)
    case staffSearch
    case imports
    case edit(PathParameter)
    case uploadForm(PathParameter)
    case removeForm(PathParameter, PathParameter)
    case apiList
    case apiProcedure(PathParameter)
    case lexicon
    case lexiconAdd
    case lexiconRemove
    case lexiconImport
    case lexiconExport
    case searchLog

    /// On a procedure's page opened from a search result: the query, for the anonymous log.
    public static let searchQueryParameter = "tim"

    public var path: String {
        switch self {
        case .search: "/thu-tuc"
        case .procedure(let code): "/thu-tuc/\(code)"
        case .print(let code): "/thu-tuc/\(code)/in"
        case .form(let code, let id): "/thu-tuc/\(code)/mau/\(id)"
        case .unitProcedures(let id): "/don-vi/\(id)/thu-tuc"
        case .staffSearch: "/quan-tri/thu-tuc"
        case .imports: "/quan-tri/thu-tuc/nhap"
        case .edit(let code): "/quan-tri/thu-tuc/\(code)"
        case .uploadForm(let code): "/quan-tri/thu-tuc/\(code)/mau"
        case .removeForm(let code, let id): "/quan-tri/thu-tuc/\(code)/mau/\(id)/xoa"
        case .apiList: "/api/v1/procedures"
        case .apiProcedure(let code): "/api/v1/procedures/\(code)"
        case .lexicon: "/quan-tri/tu-dien-tra-cuu"
        case .lexiconAdd: "/quan-tri/tu-dien-tra-cuu/them"
        case .lexiconRemove: "/quan-tri/tu-dien-tra-cuu/xoa"
        case .lexiconImport: "/quan-tri/tu-dien-tra-cuu/nhap"
        case .lexiconExport: "/quan-tri/tu-dien-tra-cuu/tai-ve"
        case .searchLog: "/quan-tri/tu-dien-tra-cuu/tim-kiem"
        }
    }
}
