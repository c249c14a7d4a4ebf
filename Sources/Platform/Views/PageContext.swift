import FluentKit
import Foundation
import Hummingbird
import Localization

/// What every page needs to know besides its own content.
public struct PageContext: Sendable {
    public var language: Language
    public var identity: Identity?
    public var csrfToken: String
    public var path: String
    public var site: UnitRecord?
    public var requestID: String
    public var navigation: Navigation = .init()
    /// The staff menu entries the signed-in person may follow (`Authorizer` decides, as for the
    /// routes they lead to); filled only on staff pages.
    public var staffMenu: [Navigation.Item] = []
    /// The numbers beside staff menu entries (unread notices), by the entry's path; filled only
    /// on staff pages, one query per counted entry the person sees.
    public var counts: [String: Int] = [:]

    public static func load(_ request: Request, _ context: AppRequestContext, db: any Database, navigation: Navigation,
                            area: PageArea = .publicSite) async throws -> PageContext {
        var page = PageContext(
            language: context.language, identity: context.identity, csrfToken: context.csrfToken,
            path: request.uri.path, site: try await Settings.siteUnit(on: db), requestID: context.requestID,
            navigation: navigation)
        if area == .staff, let person = context.identity?.person {
            page.staffMenu = try await navigation.staffItems(for: person, on: db)
            for item in page.staffMenu {
                if let count = item.count { page.counts[item.path] = try await count.value(person, db) }
            }
        }
        return page
    }

    public func t(_ copy: LocalizedText) -> String { copy(language) }
}

/// Where a page belongs: the public site, the staff area, or a sheet made to be printed
/// and posted (niêm yết).
public enum PageArea: Sendable { case publicSite, staff, print }

/// The menu entries of each area. Features add theirs when the application is built, so the
/// layout knows no feature.
public struct Navigation: Sendable {
    public struct Item: Sendable {
        public var path: String
        public var label: LocalizedText
        /// A staff entry's permission: the one its route declares, so the menu shows the entry
        /// exactly to the people the route admits. Nil on public entries.
        public var action: StaffAction?
        /// A number shown beside a staff entry for the person reading the page (e.g. unread
        /// notices), with the words a screen reader says after it ("{0} unread").
        public var count: Count?

        /// A public entry.
        public init(_ path: String, _ label: LocalizedText) {
            self.path = path
            self.label = label
        }

        /// A staff entry, shown to whoever `Authorizer` allows `action`.
        public init(_ path: String, _ label: LocalizedText, requires action: StaffAction, count: Count? = nil) {
            self.path = path
            self.label = label
            self.action = action
            self.count = count
        }
    }

    public struct Count: Sendable {
        public var value: @Sendable (PersonRecord, any Database) async throws -> Int
        public var label: LocalizedText

        public init(label: LocalizedText, _ value: @escaping @Sendable (PersonRecord, any Database) async throws -> Int) {
            self.value = value
            self.label = label
        }
    }

    /// A card on the home page of an area: what a feature offers, in one sentence, with its link.
    public struct Card: Sendable {
        public var path: String
        public var title: LocalizedText
        public var text: LocalizedText
        /// A staff card's permission (the one its route declares); nil on public cards.
        public var action: StaffAction?

        public init(_ path: String, _ title: LocalizedText, _ text: LocalizedText, requires action: StaffAction? = nil) {
            self.path = path
            self.title = title
            self.text = text
            self.action = action
        }
    }

    /// The staff entries `person` may follow.
    public func staffItems(for person: PersonRecord, on db: any Database) async throws -> [Item] {
        var items: [Item] = []
        for item in staffItems where try await Authorizer.isAllowed(person, item.action ?? .enterStaffArea, on: db) {
            items.append(item)
        }
        return items
    }

    /// The staff home's cards `person` may follow.
    public func staffCards(for person: PersonRecord, on db: any Database) async throws -> [Card] {
        var cards: [Card] = []
        for card in staffCards where try await Authorizer.isAllowed(person, card.action ?? .enterStaffArea, on: db) {
            cards.append(card)
        }
        return cards
    }

    public var publicItems: [Item]
    public var staffItems: [Item]
    public var publicCards: [Card]
    public var staffCards: [Card]

    public init(publicItems: [Item] = [], staffItems: [Item] = [], publicCards: [Card] = [], staffCards: [Card] = []) {
        self.publicItems = publicItems
        self.staffItems = staffItems
        self.publicCards = publicCards
        self.staffCards = staffCards
    }

    /// These entries with `other`'s inserted at the given positions; `other`'s home cards follow these.
    public func inserting(_ other: Navigation, publicAt: Int, staffAt: Int) -> Navigation {
        var result = self
        result.publicItems.insert(contentsOf: other.publicItems, at: min(publicAt, publicItems.count))
        result.staffItems.insert(contentsOf: other.staffItems, at: min(staffAt, staffItems.count))
        result.publicCards += other.publicCards
        result.staffCards += other.staffCards
        return result
    }

    /// The platform's own entries; features append theirs.
    public static let platform = Navigation(
        publicItems: [Item(PlatformURL.home.path, S.navHome), Item(PlatformURL.calculator.path, S.navCalculator)],
        staffItems: [
            Item(PlatformURL.staffHome.path, S.navStaffHome, requires: .enterStaffArea),
            Item(PlatformURL.units.path, S.navUnits, requires: .viewUnits),
            Item(PlatformURL.calendar.path, S.navCalendar, requires: .viewCalendar),
            Item(PlatformURL.audit.path, S.navAudit, requires: .viewAudit),
            Item(PlatformURL.outbox.path, S.navOutbox, requires: .viewOutbox),
            Item(PlatformURL.people.path, S.navPeople, requires: .managePeople),
        ])

    /// The platform's staff home cards, placed after the features' (the day's work comes first).
    public static let platformCards = Navigation(staffCards: [
        Card(PlatformURL.units.path, S.navUnits, S.staffUnitsText, requires: .viewUnits),
        Card(PlatformURL.audit.path, S.navAudit, S.staffAuditText, requires: .viewAudit),
    ])
}

/// A page: its title, where it sits, and its content (built once the page context is known).
public struct Page: Sendable {
    public var title: String
    public var area: PageArea
    public var breadcrumbs: [(String, String)]
    public var body: @Sendable (PageContext) -> HTMLNode

    public init(title: String, area: PageArea = .publicSite, breadcrumbs: [(String, String)] = [], content: HTMLNode) {
        self.title = title
        self.area = area
        self.breadcrumbs = breadcrumbs
        self.body = { _ in content }
    }

    public init(
        title: String, area: PageArea = .publicSite, breadcrumbs: [(String, String)] = [],
        _ body: @escaping @Sendable (PageContext) -> HTMLNode
    ) {
        self.title = title
        self.area = area
        self.breadcrumbs = breadcrumbs
        self.body = body
    }

    public func with(_ body: @escaping @Sendable (PageContext) -> HTMLNode) -> Page {
        var page = self
        page.body = body
        return page
    }
}
