import FeedbackRules
import Foundation
import Testing
import TestKit

@Suite("Redaction before publication (Decree 20/2008 Art. 19; Law 91/2025 on personal data)")
struct RedactionTests {
    let redactor = Redactor()

    /// Digits of `text` only.
    func digits(_ text: String) -> String { text.filter { $0.isASCII && $0.isNumber } }

    @Test("No name of the corpus survives, whatever cue introduces it",
          arguments: Array(RedactionCorpus.names.enumerated()))
    func names(index: Int, name: String) {
        let cue = RedactionCorpus.nameCues[index % RedactionCorpus.nameCues.count]
        let text = cue.replacingOccurrences(of: "%@", with: name) + " thủ tục đăng ký khai sinh mất 5 ngày."
        let redacted = redactor.redact(text)
        let surname = String(name.split(separator: " ")[0])
        let given = name.split(separator: " ").dropFirst().joined(separator: " ")
        #expect(!redacted.contains(name), "\(text) → \(redacted)")
        #expect(!redacted.contains(given), "\(text) → \(redacted)")
        #expect(!redacted.contains(surname + " "), "\(text) → \(redacted)")
        #expect(redacted.contains("thủ tục đăng ký khai sinh mất 5 ngày"), "\(redacted)")
        #expect(redacted.contains("[đã ẩn]"))
    }

    @Test("Names typed without diacritics and in lower case are found after a cue",
          arguments: RedactionCorpus.names.prefix(20))
    func plainNames(name: String) {
        let typed = plain(name)
        let text = "toi la \(typed) o xa dien kim, thu tuc khai sinh mat 5 ngay"
        let redacted = redactor.redact(text)
        #expect(!redacted.contains(typed), "\(text) → \(redacted)")
        #expect(redacted.contains("thu tuc khai sinh mat 5 ngay"))
    }

    @Test("Full names are found without a cue (family name + middle name)", arguments: RedactionCorpus.names)
    func bareNames(name: String) {
        let text = "Hôm qua \(name) đến nộp hồ sơ nhưng bị trả lại."
        let redacted = redactor.redact(text)
        let hasMiddle = name.split(separator: " ").count >= 3
        if hasMiddle { #expect(!redacted.contains(name), "\(text) → \(redacted)") }
    }

    @Test("No phone number of the corpus survives, in any format", arguments: RedactionCorpus.phones)
    func phones(phone: String) throws {
        let text = "Liên hệ \(phone) hoặc 0912 000 111 nếu cần; thủ tục đăng ký khai sinh mất 5 ngày."
        let redacted = redactor.redact(text)
        let national = try #require(PhoneNumber.normalise(phone))
        #expect(!digits(redacted).contains(national.dropFirst()), "\(text) → \(redacted)")
        #expect(!redacted.contains("0912 000 111"))
        #expect(redacted.contains("mất 5 ngày"))
    }

    @Test("No address of the corpus survives", arguments: RedactionCorpus.addresses)
    func addresses(address: String) {
        let text = "Gia đình tôi ở \(address), tỉnh Nghệ An. Thủ tục đăng ký khai sinh mất 5 ngày."
        let redacted = redactor.redact(text)
        #expect(!redacted.contains(address), "\(text) → \(redacted)")
        // Neither the house or hamlet number nor the local name is left.
        let local = address.split(separator: ",")[0]
        #expect(!redacted.contains(local), "\(text) → \(redacted)")
        #expect(redacted.contains("tỉnh Nghệ An"), "the province identifies nobody: \(redacted)")
        #expect(redacted.contains("Thủ tục đăng ký khai sinh mất 5 ngày"))
    }

    @Test("E-mails and 9- or 12-digit ID numbers are removed")
    func emailsAndIDs() {
        for email in RedactionCorpus.emails {
            let redacted = redactor.redact("Gửi về \(email). Cảm ơn.")
            #expect(!redacted.contains("@"), "\(redacted)")
            #expect(redacted == "Gửi về [đã ẩn]. Cảm ơn.")
        }
        for id in RedactionCorpus.ids {
            let redacted = redactor.redact("CCCD số \(id) cấp ngày 10/3/2021")
            #expect(!digits(redacted).contains(digits(id)), "\(redacted)")
            #expect(redacted.contains("10/3/2021"))
        }
    }

    @Test("Ordinary content survives untouched", arguments: RedactionCorpus.ordinary)
    func ordinary(text: String) {
        #expect(redactor.redact(text) == text)
        #expect(redactor.findings(in: text).isEmpty)
    }

    @Test("The sender's own data is removed wherever it appears, with or without diacritics")
    func knownSender() {
        let sender = KnownPersonalData(names: ["Trần Thị Hoa"], phones: ["0912 345 678"], emails: ["hoa@example.vn"],
                                       addresses: ["Xóm 4, xã Diễn Kim, tỉnh Nghệ An"], idNumbers: ["040195001234"])
        let text = "TRAN THI HOA nhắn: gọi 912345678, mail HOA@example.vn, nhà ở xom 4; CCCD 040195001234. Thủ tục mất 5 ngày."
        let redacted = Redactor(known: sender).redact(text)
        for value in ["TRAN THI HOA", "912345678", "HOA@example.vn", "xom 4", "040195001234"] {
            #expect(!redacted.contains(value), "\(redacted)")
        }
        #expect(redacted.contains("Thủ tục mất 5 ngày"))
    }

    @Test("The preview marks each finding with its kind, and the redacted text replaces them")
    func preview() {
        let text = "Tôi là Nguyễn Văn An, số 12 đường Lê Lợi, ĐT 0912.345.678, email an@example.vn."
        let preview = redactor.preview(text)
        #expect(preview.segments.compactMap(\.kind) == [.name, .address, .phone, .email])
        #expect(preview.marked() == "Tôi là ⟦Nguyễn Văn An⟧, ⟦số 12 đường Lê Lợi⟧, ĐT ⟦0912.345.678⟧, email ⟦an@example.vn⟧.")
        #expect(preview.redacted == "Tôi là [đã ẩn], [đã ẩn], ĐT [đã ẩn], email [đã ẩn].")
        #expect(preview.findingCount == 4)
        #expect(preview.segments.map(\.text).joined() == text)
    }

    @Test("Redaction is idempotent: the redacted text has nothing left to find")
    func idempotent() {
        for (index, name) in RedactionCorpus.names.enumerated() {
            let text = "Tôi là \(name), ở \(RedactionCorpus.addresses[index % 20]), gọi \(RedactionCorpus.phones[index % 22])."
            let once = redactor.redact(text)
            #expect(redactor.findings(in: once).isEmpty, "\(once)")
            #expect(redactor.redact(once) == once)
        }
    }

    @Test("A custom placeholder is used")
    func placeholder() {
        #expect(Redactor(placeholder: "***").redact("Gọi 0912345678 nhé") == "Gọi *** nhé")
    }
}
