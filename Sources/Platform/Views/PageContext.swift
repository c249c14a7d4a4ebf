import FluentKit
import Foundation
import Hummingbird

/// What every page needs to know besides its own content.
public struct PageContext: Sendable {
    public var language: Language
    public var identity: Identity?
    public var csrfToken: String
    public var path: String
    public var site: UnitRecord?
    public var requestID: String

    public static func load(_ request: Request, _ context: AppRequestContext, db: any Database) async throws -> PageContext {
        PageContext(
            language: context.language, identity: context.identity, csrfToken: context.csrfToken,
            path: request.uri.path, site: try await Settings.siteUnit(on: db), requestID: context.requestID)
    }

    public func t(_ copy: Copy) -> String { copy(language) }
}

public enum PageArea: Sendable { case publicSite, staff }

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
