import Foundation
import Testing
@testable import TextSearch

private func doc(_ id: Int, _ name: String, field: String = "", body: String = "") -> SearchDocument<Int> {
    SearchDocument(id: id, name: name, field: field, body: body)
}

@Suite struct UpdatingTests {
    let base = [
        doc(1, "Thủ tục đăng ký khai sinh", field: "Hộ tịch", body: "Tờ khai đăng ký khai sinh"),
        doc(2, "Thủ tục đăng ký kết hôn", field: "Hộ tịch", body: "Tờ khai đăng ký kết hôn"),
        doc(3, "Cấp phiếu lý lịch tư pháp", field: "Lý lịch tư pháp", body: "Tờ khai yêu cầu cấp phiếu"),
    ]

    @Test func upsertAddsAndReplaces() {
        let index = SearchIndex(base)
        let updated = index.updating(upserting: [
            doc(4, "Chứng thực bản sao từ bản chính", field: "Chứng thực"),
            doc(2, "Thủ tục đăng ký lại kết hôn", field: "Hộ tịch"),
        ])
        #expect(updated.count == 4)
        #expect(updated.search("chung thuc ban sao").hits.map(\.id) == [4])
        #expect(updated.search("dang ky lai ket hon").hits.map(\.id) == [2])
        #expect(updated.search("to khai ket hon").partial)  // doc 2's old body is gone
        // The original index is unchanged.
        #expect(index.search("chung thuc").total == 0)
        #expect(index.search("to khai ket hon").hits.map(\.id) == [2])
    }

    @Test func removeDropsDocuments() {
        let index = SearchIndex(base).updating(removing: [1, 99])
        #expect(index.count == 2)
        #expect(!index.contains(1))
        #expect(!index.search("khai sinh").hits.contains { $0.id == 1 })
        #expect(index.search("khai sinh").partial)  // only "khai" (in "tờ khai") is left
        #expect(index.search("dang ky").hits.map(\.id) == [2])
    }

    @Test func noChangeReturnsTheSameIndex() {
        let index = SearchIndex(base)
        #expect(index.updating(upserting: [], removing: [42]) === index)
    }

    @Test func removeThenUpsertSameID() {
        let index = SearchIndex(base).updating(upserting: [doc(1, "Đăng ký khai tử")], removing: [1])
        #expect(index.ids == [2, 3, 1])
        #expect(index.search("khai tu").hits.first?.id == 1)
        #expect(index.search("khai sinh").partial)
    }

    @Test func updatedStorageEqualsAFreshBuild() {
        let updated = SearchIndex(base).updating(
            upserting: [doc(2, "Đăng ký lại kết hôn"), doc(5, "Khai tử lưu động", body: "Giấy báo tử")],
            removing: [3]
        )
        let fresh = SearchIndex([base[0], doc(2, "Đăng ký lại kết hôn"), doc(5, "Khai tử lưu động", body: "Giấy báo tử")])
        #expect(updated.ids == fresh.ids)
        #expect(updated.storage == fresh.storage)
    }

    @Test(.enabled(if: ProcedureFixtures.available))
    func updatedRealIndexEqualsAFreshBuild() {
        var documents = ProcedureFixtures.documents
        let index = SearchIndex(documents)
        var edited = documents[10]
        edited.name += " (sửa đổi ngoại lệ)"
        let added = SearchDocument(id: "9.999999", name: "Thủ tục thử nghiệm cập nhật chỉ mục", field: "Thử nghiệm", body: "")
        let removed = [documents[0].id, documents[200].id]
        let updated = index.updating(upserting: [edited, added], removing: removed)

        documents[10] = edited
        documents.removeAll { removed.contains($0.id) }
        documents.append(added)
        let fresh = SearchIndex(documents)
        #expect(updated.ids == fresh.ids)
        #expect(updated.storage == fresh.storage)
        #expect(updated.search("thu nghiem cap nhat chi muc").hits.first?.id == "9.999999")
        #expect(updated.search("ngoai le sua doi").hits.first?.id == edited.id)
    }
}
