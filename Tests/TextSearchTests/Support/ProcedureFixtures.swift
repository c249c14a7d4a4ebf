import Foundation
import TextSearch

/// The real procedures from the shared data directory (`MINHBACH_SHARED`, default: the repository, where `data/` ships),
/// read with JSONSerialization: name = tên thủ tục, field = lĩnh vực,
/// body = đối tượng thực hiện + thành phần hồ sơ + kết quả.
enum ProcedureFixtures {
    static let root = ProcessInfo.processInfo.environment["MINHBACH_SHARED"] ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let tuPhap = root + "/data/tthc/dichvucong-bo-tu-phap"
    static let quocPhong = root + "/data/tthc/bo-quoc-phong-structured/extracted_fixed"

    static var available: Bool { FileManager.default.fileExists(atPath: tuPhap) }

    /// Both sources, files in name order.
    static let documents: [SearchDocument<String>] = jsonObjects(in: tuPhap).map(tuPhapDocument)
        + jsonObjects(in: quocPhong).map(quocPhongDocument)

    static let index = SearchIndex(documents)

    static func document(_ id: String) -> SearchDocument<String>? { documents.first { $0.id == id } }

    private static func jsonObjects(in directory: String) -> [[String: Any]] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
            guard let data = FileManager.default.contents(atPath: directory + "/" + name) else { return nil }
            return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        }
    }

    private static func text(_ object: [String: Any]?, _ key: String) -> String {
        (object?[key] as? String) ?? ""
    }

    private static func tuPhapDocument(_ json: [String: Any]) -> SearchDocument<String> {
        SearchDocument(
            id: text(json, "ma_thu_tuc"),
            name: text(json, "ten_thu_tuc"),
            field: text(json, "linh_vuc"),
            body: [text(json, "doi_tuong_thuc_hien"), text(json, "thanh_phan_ho_so"), text(json, "ket_qua_xu_ly")]
                .joined(separator: "\n")
        )
    }

    private static func quocPhongDocument(_ json: [String: Any]) -> SearchDocument<String> {
        let metadata = json["metadata"] as? [String: Any]
        let content = json["content"] as? [String: Any]
        let papers = ((json["tables"] as? [String: Any])?["thanh_phan_ho_so"] as? [[String: Any]] ?? [])
            .map { text($0, "ten_giay_to") }
        return SearchDocument(
            id: (json["thu_tuc_id"] as? String) ?? text(metadata, "mã_thủ_tục"),
            name: text(metadata, "tên_thủ_tục"),
            field: text(metadata, "lĩnh_vực"),
            body: ([text(content, "đối_tượng_thực_hiện")] + papers + [text(content, "kết_quả_thực_hiện")])
                .joined(separator: "\n")
        )
    }
}
