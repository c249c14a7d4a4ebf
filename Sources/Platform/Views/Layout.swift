import Foundation
import Localization

/// The one layout: `lang`, skip link, header with the site's name, navigation,
/// breadcrumbs, main, and a footer with the address for feedback.
public enum Layout {
    public static func render(_ page: Page, _ ctx: PageContext) -> String {
        let lang = ctx.language
        let siteName = ctx.site?.name ?? S.productName(lang)
        let document = el("html", [.lang(lang.rawValue)]) {
            el("head") {
                el("meta", [.init("charset", "utf-8")])
                el("meta", [.name("viewport"), .init("content", "width=device-width, initial-scale=1")])
                el("title", text: "\(page.title) – \(S.productName(lang))")
                el("link", [.init("rel", "stylesheet"), .href(PlatformURL.stylesheet.path)])
            }
            el("body", [.class(page.area == .staff ? "staff" : page.area == .print ? "public print-sheet" : "public")]) {
                el("a", [.class("skip-link"), .href("#main")], text: S.skipToContent(lang))
                header(page, ctx, siteName: siteName)
                if !page.breadcrumbs.isEmpty { breadcrumbs(page, ctx) }
                el("main", [.id("main"), .init("tabindex", "-1")]) {
                    el("h1", text: page.title)
                    page.body(ctx)
                }
                footer(ctx, siteName: siteName)
            }
        }
        return "<!DOCTYPE html>\n" + document.render()
    }

    static func header(_ page: Page, _ ctx: PageContext, siteName: String) -> HTMLNode {
        let lang = ctx.language
        return el("header", [.class("site-header")]) {
            el("div", [.class("brand")]) {
                el("a", [.href(PlatformURL.home.path), .class("brand-name")]) {
                    el("span", [.class("product")], text: S.productName(lang))
                    el("span", [.class("site")], text: siteName)
                }
                languageSwitch(ctx)
            }
            el("nav", [.aria("label", S.mainNavigation(lang))]) {
                el("ul") {
                    if page.area == .staff, ctx.identity != nil {
                        for item in ctx.staffMenu {
                            navItem(item.path, item.label(lang), ctx, count: ctx.counts[item.path].flatMap { $0 > 0 ? ($0, item.count?.label) : nil })
                        }
                        navItem(PlatformURL.home.path, S.navPublicSite(lang), ctx)
                    } else {
                        for item in ctx.navigation.publicItems { navItem(item.path, item.label(lang), ctx) }
                        navItem(ctx.identity == nil ? PlatformURL.signIn.path : PlatformURL.staffHome.path, ctx.identity == nil ? S.navSignIn(lang) : S.navStaffHome(lang), ctx)
                    }
                }
            }
            if let identity = ctx.identity, page.area == .staff {
                el("div", [.class("who")]) {
                    el("span", text: "\(identity.person.fullName) · \(identity.unitName)")
                    el("a", [.href(PlatformURL.password.path)], text: S.changePassword(lang))
                    el("form", [.id("logout-form"), .init("method", "post"), .init("action", PlatformURL.signOut.path)]) {
                        Components.csrfField(ctx)
                        el("button", [.type("submit"), .class("link-button")], text: S.signOut(lang))
                    }
                }
            }
        }
    }

    static func navItem(_ href: String, _ label: String, _ ctx: PageContext, count: (Int, LocalizedText?)? = nil) -> HTMLNode {
        let current = ctx.path == href
        return el("li") {
            el("a", [.href(href)] + (current ? [.aria("current", "page")] : [])) {
                label
                if let (n, words) = count {
                    // Seen: the number in a badge; heard: "Thông báo, 3 chưa đọc".
                    el("span", [.class("nav-count"), .aria("hidden", "true")], text: String(n))
                    el("span", [.class("visually-hidden")], text: ", " + (words.map { $0(ctx.language, String(n)) } ?? String(n)))
                }
            }
        }
    }

    static func languageSwitch(_ ctx: PageContext) -> HTMLNode {
        let next = ctx.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "/-_"))) ?? "/"
        return el("p", [.class("language-switch")]) {
            if ctx.language == .vi {
                el("a", [.href(PlatformURL.language("en").path + "?next=\(next)"), .init("hreflang", "en"), .lang("en")], text: "English")
            } else {
                el("a", [.href(PlatformURL.language("vi").path + "?next=\(next)"), .init("hreflang", "vi"), .lang("vi")], text: "Tiếng Việt")
            }
        }
    }

    static func breadcrumbs(_ page: Page, _ ctx: PageContext) -> HTMLNode {
        el("nav", [.class("breadcrumbs"), .aria("label", S.breadcrumbs(ctx.language))]) {
            el("ol") {
                for (label, href) in page.breadcrumbs {
                    el("li") { el("a", [.href(href)], text: label) }
                }
                el("li") { el("span", [.aria("current", "page")], text: page.title) }
            }
        }
    }

    static func footer(_ ctx: PageContext, siteName: String) -> HTMLNode {
        let lang = ctx.language
        return el("footer", [.class("site-footer")]) {
            el("p") { el("strong", text: siteName) }
            if let site = ctx.site {
                el("p", text: S.feedbackAddressLine(lang, site.feedbackAddress ?? site.address ?? "—"))
                el("p", text: S.feedbackPhoneLine(lang, site.feedbackPhone ?? site.phone ?? "—"))
            }
            el("p", [.class("fineprint")], text: S.footerNote(lang))
        }
    }
}
