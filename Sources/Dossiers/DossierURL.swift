import Catalog
import Platform

/// Every URL of the one-stop dossiers: its routes are registered from these cases and its views
/// link through them.
enum DossierURL: SiteURL {
    case list
    case receive
    case statistics
    case register
    case dossier(PathParameter)
    /// An action on a dossier (`/quan-tri/ho-so/{id}/{action}`).
    case action(PathParameter, PathParameter)
    /// Forms Mẫu 01–05 of a dossier.
    case form(PathParameter, PathParameter)
    /// A procedure's internal workflow and cut-off hour (from the catalogue's staff page).
    case workflow(PathParameter)
    case lookup
    case rate
    case apiLookup
    case apiReport
    case apiDossier(PathParameter)

    var path: String {
        switch self {
        case .list: "/quan-tri/ho-so"
        case .receive: "/quan-tri/ho-so/tiep-nhan"
        case .statistics: "/quan-tri/ho-so/thong-ke"
        case .register: "/quan-tri/ho-so/so-theo-doi"
        case .dossier(let id): "/quan-tri/ho-so/\(id)"
        case .action(let id, let action): "/quan-tri/ho-so/\(id)/\(action)"
        case .form(let id, let number): "/quan-tri/ho-so/\(id)/mau/\(number)"
        case .workflow(let code): CatalogURL.edit(code).path + "/quy-trinh"
        case .lookup: "/tra-cuu-ho-so"
        case .rate: "/tra-cuu-ho-so/danh-gia"
        case .apiLookup: "/api/v1/dossiers/lookup"
        case .apiReport: "/api/v1/dossiers/report"
        case .apiDossier(let code): "/api/v1/dossiers/\(code)"
        }
    }
}
