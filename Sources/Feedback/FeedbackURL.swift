import Platform

/// Every URL of feedback and petitions (PAKN): its routes are registered from these cases and
/// its views link through them. Open311 keeps its own base (`Open311Routes.base`).
enum FeedbackURL: SiteURL {
    // Public
    case submit
    case submitted
    case follow
    /// A sender's act on the follow-up page (`bo-sung`, `danh-gia`, `khong-dong-y`).
    case followAction(PathParameter)
    case published
    // Staff
    case list
    case register
    case enter
    case rates
    case rules
    case apiKeys
    case revokeKey(PathParameter)
    case feedbackCase(PathParameter)
    case caseAction(PathParameter, PathParameter)
    case attachment(PathParameter, PathParameter)
    // API
    case apiList
    case apiStatistics
    case apiCase(PathParameter)
    /// Open311 GeoReport v2: the endpoint's base; its resources follow (`/discovery.json`).
    case open311

    var path: String {
        switch self {
        case .open311: "/open311/v2"
        case .submit: "/phan-anh-kien-nghi"
        case .submitted: "/phan-anh-kien-nghi/da-gui"
        case .follow: "/phan-anh-kien-nghi/theo-doi"
        case .followAction(let action): "/phan-anh-kien-nghi/theo-doi/\(action)"
        case .published: "/phan-anh-kien-nghi/cong-khai"
        case .list: "/quan-tri/phan-anh"
        case .register: "/quan-tri/phan-anh/so-tiep-nhan"
        case .enter: "/quan-tri/phan-anh/nhap"
        case .rates: "/quan-tri/phan-anh/chi-so"
        case .rules: "/quan-tri/phan-anh/thoi-han"
        case .apiKeys: "/quan-tri/phan-anh/khoa-api"
        case .revokeKey(let id): "/quan-tri/phan-anh/khoa-api/\(id)/thu-hoi"
        case .feedbackCase(let code): "/quan-tri/phan-anh/\(code)"
        case .caseAction(let code, let action): "/quan-tri/phan-anh/\(code)/\(action)"
        case .attachment(let code, let id): "/quan-tri/phan-anh/\(code)/tep/\(id)"
        case .apiList: "/api/v1/feedback"
        case .apiStatistics: "/api/v1/feedback/statistics"
        case .apiCase(let code): "/api/v1/feedback/\(code)"
        }
    }
}
