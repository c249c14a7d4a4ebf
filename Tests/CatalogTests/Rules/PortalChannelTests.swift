import Foundation
import Testing
@testable import Catalog

/// Channels, times and fees parsed back from the portal's flattened `cach_thuc_thuc_hien`.
@Suite struct PortalChannelTests {
    /// 1.000390.json: cach_thuc_thuc_hien = "…Trực tuyến5 Ngày làm việcMiễn phíDịch vụ bưu chính5 Ngày
    /// làm việcMiễn phíTrực tiếp5 Ngày làm việcMiễn phí"
    @Test func workingDaysAndFree() throws {
        let (p, warnings) = try RealData.portal("1.000390.json")
        #expect(warnings.isEmpty)
        #expect(p.channels.map(\.kind) == [.online, .postal, .inPerson])
        for channel in p.channels {
            #expect(channel.processingTime == ProcessingTime(amount: 5, unit: .workingDays))
            #expect(channel.timeText == "5 Ngày làm việc")
            #expect(channel.fees == [Fee(kind: .unspecified, amountVND: nil, isFree: true)])
            #expect(channel.feeText == "Miễn phí")
            #expect(channel.note == nil)
        }
        #expect(p.channels[0].processingTime?.summary(.vietnamese) == "5 ngày làm việc")
        #expect(p.channels[0].processingTime?.summary(.english) == "5 working days")
    }

    /// 1.001193.json (Thủ tục đăng ký khai sinh): cach_thuc_thuc_hien = "…Trực tuyến1Miễn phí
    /// Dịch vụ bưu chính1Miễn phíTrực tiếp1Miễn phí": the portal lost the time unit.
    @Test func unitLostByThePortalIsNotGuessed() throws {
        let (p, warnings) = try RealData.portal("1.001193.json")
        #expect(p.channels.count == 3)
        for channel in p.channels {
            #expect(channel.processingTime == nil)
            #expect(channel.timeText == "1")
            #expect(channel.fees.first?.isFree == true)
        }
        let unitWarnings = warnings.filter { $0.code == "time.unit_missing" }
        #expect(unitWarnings.count == 3)
        #expect(unitWarnings.allSatisfy { $0.field == "cach_thuc_thuc_hien" })
    }

    /// 1.000532.json: "Dịch vụ bưu chính50 Ngày35,000,000 Việt Nam Đồng(35.000.000 đồng (ba mươi lăm
    /// triệu đồng)/lần gia hạn.)Trong thời hạn 50 ngày, trong đó:…Trực tiếp50 Ngày35,000,000 VNĐ(…)…"
    @Test func calendarDaysAmountNoteAndDescription() throws {
        let (p, warnings) = try RealData.portal("1.000532.json")
        #expect(warnings.isEmpty)
        #expect(p.channels.map(\.kind) == [.postal, .inPerson])
        let postal = p.channels[0]
        #expect(postal.processingTime == ProcessingTime(amount: 50, unit: .days))
        #expect(postal.fees == [Fee(kind: .unspecified, amountVND: 35_000_000,
                                    description: "35.000.000 đồng (ba mươi lăm triệu đồng)/lần gia hạn.")])
        #expect(postal.note?.hasPrefix("Trong thời hạn 50 ngày, trong đó:\n- Cục Hành chính tư pháp thẩm định hồ sơ") == true)
        #expect(p.channels[1].fees.first?.amountVND == 35_000_000)
        #expect(p.channels[1].feeText.hasPrefix("35,000,000 VNĐ"))
        #expect(p.onlineLevel == .none)
    }

    /// 1.002681.json: "Trực tuyến6 Ngày làm việc800,000 Việt Nam Đồng(/hồ sơ)Phí: 800.000 đồng/hồ sơ
    /// (áp dụng mức phí 400.000 đồng/hồ sơ …).\n\nLệ phí: 100.000 đồng/hồ sơ.Trực tiếp…"
    @Test func amountWithUnitNoteAndDescriptionText() throws {
        let (p, warnings) = try RealData.portal("1.002681.json")
        #expect(warnings.isEmpty)
        #expect(p.channels.map(\.kind) == [.online, .inPerson, .postal])
        let online = p.channels[0]
        #expect(online.processingTime == ProcessingTime(amount: 6, unit: .workingDays))
        #expect(online.fees == [Fee(kind: .unspecified, amountVND: 800_000, description: "/hồ sơ")])
        #expect(online.feeText == "800,000 Việt Nam Đồng(/hồ sơ)")
        #expect(online.note?.hasPrefix("Phí: 800.000 đồng/hồ sơ (áp dụng mức phí 400.000 đồng/hồ sơ") == true)
        #expect(online.note?.hasSuffix("\n\nLệ phí: 100.000 đồng/hồ sơ.") == true)
    }

    /// 1.004757.json (Trở lại quốc tịch Việt Nam ở nước ngoài): "Trực tuyến1200 VNĐ…": the time's and
    /// the fee's digits ran together, so neither is read.
    @Test func mergedTimeAndFeeAreReported() throws {
        let (p, warnings) = try RealData.portal("1.004757.json")
        #expect(p.channels.count == 3)
        for channel in p.channels {
            #expect(channel.processingTime == nil)
            #expect(channel.timeText == "1200 VNĐ")
            #expect(channel.fees == [Fee(kind: .unspecified, amountVND: nil, description: "1200 VNĐ")])
        }
        #expect(warnings.filter { $0.code == "channel.time_fee_merged" }.count == 3)
    }

    /// 2.002516.json: "Trực tuyếnKhông có thông tin8,000 VNĐ(8.000 đồng/Văn bản xác nhận …)Trực tiếp
    /// thực hiện hoặc ủy quyền …": no time, a fee, and a note that begins with a channel's name.
    @Test func noTimeInformationAndChannelNameInsideNote() throws {
        let (p, warnings) = try RealData.portal("2.002516.json")
        #expect(warnings.isEmpty)
        #expect(p.channels.count == 3)
        let first = p.channels[0]
        #expect(first.kind == .online)
        #expect(first.processingTime == nil)
        #expect(first.timeText == "Không có thông tin")
        #expect(first.fees.first?.amountVND == 8_000)
        #expect(first.fees.first?.description.hasPrefix("8.000 đồng/Văn bản xác nhận về một việc hộ tịch") == true)
        #expect(first.note == "Trực tiếp thực hiện hoặc ủy quyền cho người khác thực hiện nộp hồ sơ")
    }

    /// 1.002099.json: "Trực tiếp5 Ngày50,000 Việt Nam Đồng(…)Hồ sơ được gửi … (đủ điều kiện thực hiện
    /// dịch vụ công trực tuyến toàn trình).Trực tuyến7 Ngày…": per-channel times; full online service.
    @Test func differentTimesPerChannelAndFullOnlineService() throws {
        let (p, warnings) = try RealData.portal("1.002099.json")
        #expect(warnings.isEmpty)
        #expect(p.channels.map(\.kind) == [.inPerson, .online, .postal])
        #expect(p.channels.map(\.processingTime?.amount) == [5, 7, 7])
        #expect(p.channels.allSatisfy { $0.processingTime?.unit == .days })
        #expect(p.channels.allSatisfy { $0.fees.first?.amountVND == 50_000 })
        #expect(p.onlineLevel == .full)
    }

    /// 2.000815.json: "Trực tiếpKhông có thông tin10 USD(/bản)": not an amount in đồng.
    @Test func foreignCurrencyKeepsTheTextAndWarns() throws {
        let (p, warnings) = try RealData.portal("2.000815.json")
        let usd = try #require(p.channels.first { $0.feeText.contains("USD") })
        #expect(usd.fees == [Fee(kind: .unspecified, amountVND: nil, description: "10 USD /bản")])
        #expect(warnings.contains { $0.code == "fee.foreign_currency" })
    }

    /// 1.002010.json: "Trực tuyến7 Ngày làm việc50 VNĐ((áp dụng mức phí 25.000 đồng/hồ sơ …))":
    /// 50 đồng is kept as written but flagged.
    @Test func implausibleAmountIsKeptAndFlagged() throws {
        let (p, warnings) = try RealData.portal("1.002010.json")
        #expect(p.channels[0].fees.first?.amountVND == 50)
        #expect(p.channels[0].fees.first?.description.hasPrefix("áp dụng mức phí 25.000 đồng/hồ sơ") == true)
        #expect(warnings.filter { $0.code == "fee.implausible_amount" }.count == 3)
    }

    @Test func timeTexts() {
        #expect(TimeParser.parse("Trong ngày") == .parsed(ProcessingTime(amount: 0, unit: .withinDay)))
        #expect(TimeParser.parse("Ngay trong ngày") == .parsed(ProcessingTime(amount: 0, unit: .withinDay)))
        #expect(TimeParser.parse("0.5 Giờ") == .parsed(ProcessingTime(amount: 0.5, unit: .hours)))
        #expect(TimeParser.parse("02 Tháng") == .parsed(ProcessingTime(amount: 2, unit: .months)))
        #expect(TimeParser.parse("10-25 Ngày làm việc")
                == .parsed(ProcessingTime(amount: 10, unit: .workingDays, maxAmount: 25)))
        #expect(TimeParser.parse("10-25") == .unitMissing("10-25"))
        #expect(TimeParser.parse("Không quy định") == .notStated)
        #expect(TimeParser.parse("Chậm nhất là ngay trước khi tàu rời cảng")
                == .unparsed("Chậm nhất là ngay trước khi tàu rời cảng"))
        #expect(ProcessingTime(amount: 0, unit: .withinDay).summary(.vietnamese) == "trong ngày")
        #expect(ProcessingTime(amount: 1, unit: .workingDays).summary(.english) == "1 working day")
        #expect(ProcessingTime(amount: 0.5, unit: .hours).summary(.vietnamese) == "0,5 giờ")
        #expect(ProcessingTime(amount: 10, unit: .days, maxAmount: 25).summary(.english) == "10–25 days")
    }

    @Test func labelledFeeInAPortalCell() {
        let text = "Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp5 Ngày làm việcLệ phí : 8.000 đồng(/bản)Nộp tại xã"
        let (channels, warnings) = PortalChannelParser.parse(text)
        #expect(warnings.isEmpty)
        #expect(channels == [Channel(kind: .inPerson, processingTime: ProcessingTime(amount: 5, unit: .workingDays),
                                     timeText: "5 Ngày làm việc",
                                     fees: [Fee(kind: .fee, amountVND: 8_000, description: "/bản")],
                                     feeText: "Lệ phí : 8.000 đồng(/bản)", note: "Nộp tại xã")])
    }
}
