import App
import Feedback
import Foundation
import HummingbirdTesting
import Platform
import Testing
import WorkCalendar

/// The application reads the time only from its clock (`AppEnvironment.clock`): these tests set
/// the clock and move it, and the rules that depend on "now" follow it.
@Suite("The injected clock")
struct ClockTests {
    static let start = LocalDateTime(date: LocalDate(year: 2025, month: 3, day: 4)!, hour: 8, minute: 0)!

    @Test("A web session ends 8 hours after its last use: the same request is admitted before and sent to sign-in after")
    func sessionExpiryFollowsTheClock() async throws {
        let time = SetClock(Self.start.foundationDate)
        try await withApp(clock: time.clock) { _, _, client in
            var browser = Browser()
            _ = try await browser.signIn(client, "dieuphoi")
            #expect(try await browser.get(client, "/quan-tri").status == .ok)
            time.advance(by: SessionStore.webLifetime - 60)
            #expect(try await browser.get(client, "/quan-tri").status == .ok, "used within its lifetime, it slides on")
            time.advance(by: SessionStore.webLifetime + 60)
            let expired = try await browser.get(client, "/quan-tri")
            #expect(expired.status == .seeOther)
            #expect(expired.headers[.location]?.hasPrefix("/dang-nhap") == true)
        }
    }

    @Test("The feedback form's hour: the sixth submission is refused, and accepted once the clock has moved past the window")
    func throttleWindowFollowsTheClock() async throws {
        let time = SetClock(Self.start.foundationDate)
        try await withApp(clock: time.clock) { _, _, client in
            var browser = Browser()
            _ = try await browser.get(client, "/phan-anh-kien-nghi")
            for _ in 0..<FeedbackThrottle.Kind.submission.limit {
                #expect(try await browser.post(client, "/phan-anh-kien-nghi", FeedbackFixture.fields()).status == .seeOther)
            }
            #expect(try await browser.post(client, "/phan-anh-kien-nghi", FeedbackFixture.fields()).status == .tooManyRequests)
            time.advance(by: FeedbackThrottle.Kind.submission.window + 1)
            #expect(try await browser.post(client, "/phan-anh-kien-nghi", FeedbackFixture.fields()).status == .seeOther)
        }
    }

    @Test("A case's code carries the day of the clock, and the day's sequence restarts when the clock reaches the next day")
    func codesFollowTheClock() async throws {
        let time = SetClock(Self.start.foundationDate)
        try await withApp(clock: time.clock) { _, _, client in
            var browser = Browser()
            _ = try await browser.get(client, "/phan-anh-kien-nghi")
            let first = try await browser.post(client, "/phan-anh-kien-nghi", FeedbackFixture.fields())
            #expect(first.headers[.location]?.contains("PAKN.20250304.0001") == true)
            time.advance(by: 24 * 3600)
            let next = try await browser.post(client, "/phan-anh-kien-nghi", FeedbackFixture.fields())
            #expect(next.headers[.location]?.contains("PAKN.20250305.0001") == true)
        }
    }
}
