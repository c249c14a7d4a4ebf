import Foundation
import Platform
import Localization

enum CatalogViews {
    struct SearchModel: Sendable {
        var query: String
        var filters: CatalogFilters
        var page: Int
        var perPage: Int
        var result: CatalogPage
        var facets: CatalogSearch.Facets
        var staff = false
    }

    static func queryPairs(_ m: SearchModel) -> [(String, String)] {
        [("q", m.query), ("linh-vuc", m.filters.field ?? ""), ("cap", m.filters.level ?? ""),
         ("co-quan", m.filters.agency ?? ""), ("truc-tuyen", m.filters.online?.rawValue ?? "")]
    }

    static func search(_ m: SearchModel, _ lang: Language) -> Page {
        let path = m.staff ? CatalogURL.staffSearch.path : CatalogURL.search.path
        let title = m.staff ? S.catalogStaffTitle(lang) : S.catalogTitle(lang)
        let crumbs: [(String, String)] = m.staff ? [(S.navStaffHome(lang), PlatformURL.staffHome.path)] : [(S.navHome(lang), PlatformURL.home.path)]
        return Page(title: title, area: m.staff ? .staff : .publicSite, breadcrumbs: crumbs) { ctx in
            fragment {
                if !m.staff { el("p", [.class("lead")], text: S.catalogIntro(lang)) }
                if m.staff {
                    el("p") { el("a", [.href(CatalogURL.imports.path)], text: S.catalogImports(lang)) }
                    el("p") { el("a", [.href(CatalogURL.lexicon.path)], text: S.lexiconTitle(lang)) }
                }
                el("form", [.id("procedure-search"), .init("method", "get"), .init("action", path), .class("search"), .init("role", "search")]) {
                    el("div", [.class("field wide")]) {
                        el("label", [.for("q")], text: S.catalogSearchLabel(lang))
                        el("input", [.id("q"), .name("q"), .type("search"), .value(m.query), .init("autocomplete", "off")])
                    }
                    Components.submit(S.search(lang))
                    el("details", [.class("filters")] + ((m.filters.field != nil || m.filters.level != nil || m.filters.agency != nil || m.filters.online != nil) ? [.flag("open")] : [])) {
                        el("summary", text: S.catalogFilters(lang))
                        Components.select("linh-vuc", label: S.catalogField(lang), options: [("", S.catalogAll(lang))] + m.facets.fields.map { ($0, $0) }, selected: m.filters.field, ctx)
                        Components.select("cap", label: S.catalogLevel(lang), options: [("", S.catalogAll(lang))] + m.facets.levels.map { ($0, $0) }, selected: m.filters.level, ctx)
                        Components.select("co-quan", label: S.catalogAgency(lang), options: [("", S.catalogAll(lang))] + m.facets.agencies.map { ($0, $0) }, selected: m.filters.agency, ctx)
                        Components.select("truc-tuyen", label: S.catalogOnline(lang), options: [("", S.catalogAll(lang))] + OnlineLevel.allCases.map { ($0.rawValue, S.catalogOnlineLevels[$0]!(lang)) }, selected: m.filters.online?.rawValue, ctx)
                        Components.submit(S.catalogApplyFilters(lang))
                    }
                }
                el("p", [.class("count"), .init("role", "status")], text: S.catalogResults(lang, String(m.result.total)))
                if let suggestion = m.result.suggestion { didYouMean(suggestion, m, path: path, lang) }
                if m.result.partial { el("p", [.class("notice")], text: S.catalogPartial(lang)) }
                if m.result.total == 0 { el("p", text: S.catalogNone(lang)) }
                el("ol", [.class("results"), .id("results"), .init("start", String((m.page - 1) * m.perPage + 1))]) {
                    for (card, matched) in m.result.cards { resultItem(card, matched, staff: m.staff, query: m.page == 1 ? m.query : "", lang) }
                }
                Components.pagination(page: m.page, perPage: m.perPage, total: m.result.total, baseQuery: queryPairs(m), path: path, ctx)
            }
        }
    }

    /// "Did you mean: …", a link to the same search with the corrected words.
    static func didYouMean(_ suggestion: String, _ m: SearchModel, path: String, _ lang: Language) -> HTMLNode {
        var pairs = queryPairs(m)
        pairs[0].1 = suggestion
        return el("p", [.class("notice"), .id("did-you-mean")]) {
            HTMLNode.text(S.catalogDidYouMean(lang) + " ")
            el("a", [.href(path + "?" + Components.query(pairs))], text: suggestion)
        }
    }

    /// A result line. A public result opened from the first page carries the query (`?tim=`), so
    /// the anonymous log can count the search as answered.
    static func resultItem(_ card: ProcedureCard, _ matched: [String], staff: Bool, query: String = "", _ lang: Language) -> HTMLNode {
        let href = staff ? CatalogURL.edit("\(card.code)").path
            : CatalogURL.procedure("\(card.code)").path + (query.isEmpty ? "" : "?" + Components.query([(CatalogURL.searchQueryParameter, query)]))
        return el("li", [.class("result-item")]) {
            el("h2", [.class("result-title")]) { el("a", [.href(href)]) { CatalogFormat.highlighted(card.name, matched) } }
            el("p", [.class("facts-inline")]) {
                el("span", text: "\(S.catalogCode(lang)): \(card.code)")
                if !card.levels.isEmpty { el("span", text: card.levels.joined(separator: ", ")) }
                el("span", text: "\(S.catalogTime(lang)): \((lang == .vi ? card.time : card.timeEN) ?? S.catalogNotStated(lang))")
                el("span", text: "\(S.catalogFee(lang)): \((lang == .vi ? card.fee : card.feeEN) ?? S.catalogNotStated(lang))")
                if card.onlineLevel == .full || card.onlineLevel == .partial {
                    el("span", [.class("badge")], text: "\(S.catalogOnline(lang)): \(S.catalogOnlineLevels[card.onlineLevel]!(lang))")
                }
                if card.status == .abolished { el("span", [.class("badge warn")], text: S.catalogStatuses[.abolished]!(lang)) }
            }
        }
    }

    struct DetailModel: Sendable {
        var procedure: Procedure
        var units: [UnitRecord]
        var replacedBy: String?
        var forms: [ProcedureForms.Info] = []
        var printable = false
    }

    static func detail(_ m: DetailModel, _ lang: Language) -> Page {
        let p = m.procedure
        return Page(title: p.name, breadcrumbs: [(S.navHome(lang), PlatformURL.home.path), (S.catalogTitle(lang), CatalogURL.search.path)]) { ctx in
            fragment {
                if !m.printable {
                    el("script", [.type("application/ld+json")]) { HTMLNode.raw(jsonLD(m, ctx)) }
                    el("p", [.class("actions")]) { el("a", [.href(CatalogURL.print("\(p.code)").path), .class("button secondary")], text: S.catalogPrint(lang)) }
                }
                body(m, ctx)
            }
        }
    }

    static func body(_ m: DetailModel, _ ctx: PageContext) -> HTMLNode {
        fragment {
            keyFacts(m, ctx)
            channels(m, ctx)
            documents(m, ctx)
            texts(m, ctx)
            legalBases(m, ctx)
            relatedAndUnits(m, ctx)
            feedbackBox(m.units, ctx)
        }
    }

    /// Time, fee and number of documents at a glance, then the procedure's record.
    static func keyFacts(_ m: DetailModel, _ ctx: PageContext) -> HTMLNode {
        let p = m.procedure
        let lang = ctx.language
        let cl = CatalogFormat.language(lang)
        let first = p.channels.first { $0.processingTime != nil } ?? p.channels.first
        return fragment {
            el("ul", [.class("key-facts")]) {
                el("li") { el("strong", text: S.catalogTime(lang) + ": "); first.map { CatalogFormat.time($0, cl) } ?? S.catalogNotStated(lang) }
                el("li") { el("strong", text: S.catalogFee(lang) + ": "); CatalogFormat.feeSummary(p, cl) ?? S.catalogNotStated(lang) }
                el("li") { el("strong", text: S.catalogDocuments(lang) + ": "); S.catalogDocumentCount(lang, String(p.documents.count)) }
            }
            Components.definitionList([
                (S.catalogCode(lang), p.code),
                (S.catalogField(lang), p.field),
                (S.catalogLevel(lang), p.levels.joined(separator: ", ")),
                (S.catalogKind(lang), p.kind),
                (S.catalogAgency(lang), p.implementingAgency),
                (S.catalogCompetent(lang), p.competentAgency),
                (S.catalogCoordinating(lang), p.coordinatingAgency),
                (S.catalogApplicants(lang), p.applicants.joined(separator: "; ")),
                (S.catalogOnline(lang), S.catalogOnlineLevels[p.onlineLevel]!(lang)),
                (S.unitStatus(lang), S.catalogStatuses[p.status]!(lang)),
                (S.catalogAbolishedOn(lang), p.abolishedOn.map(VNFormat.isoDay)),
                (S.catalogReplacedBy(lang), m.replacedBy),
                (S.catalogDecisions(lang), p.decisions.joined(separator: ", ")),
            ].filter { !($0.1 ?? "").isEmpty })
        }
    }

    /// Each way of filing (in person, post, online) with its time and fee.
    static func channels(_ m: DetailModel, _ ctx: PageContext) -> HTMLNode {
        let p = m.procedure
        let lang = ctx.language
        let cl = CatalogFormat.language(lang)
        return fragment {
            el("h2", text: S.catalogChannels(lang))
            Components.tableWrap(ctx) {
                el("table", [.id("channels")]) {
                    el("thead") { el("tr") { for h in [S.catalogChannel(lang), S.catalogTime(lang), S.catalogFee(lang)] { el("th", [.init("scope", "col")], text: h) } } }
                    el("tbody") {
                        for channel in p.channels {
                            el("tr") {
                                el("td", text: channel.kind.label(cl))
                                el("td", text: CatalogFormat.time(channel, cl))
                                el("td", text: channel.feeText.isEmpty ? "—" : channel.feeText)
                            }
                        }
                    }
                }
            }
        }
    }

    /// The documents to file, with their templates to download.
    static func documents(_ m: DetailModel, _ ctx: PageContext) -> HTMLNode {
        let p = m.procedure
        let lang = ctx.language
        return fragment {
            el("h2", text: S.catalogDocuments(lang))
            Components.tableWrap(ctx) {
                el("table", [.id("documents")]) {
                    el("thead") { el("tr") { for h in [S.catalogDocument(lang), S.catalogOriginals(lang), S.catalogCopies(lang), S.catalogTemplates(lang)] { el("th", [.init("scope", "col")], text: h) } } }
                    el("tbody") {
                        for d in p.documents {
                            el("tr") {
                                el("td") {
                                    if let group = d.group { el("small", text: group); el("br") }
                                    d.name
                                }
                                el("td", text: d.originals.map(String.init) ?? "—")
                                el("td", text: d.copies.map(String.init) ?? "—")
                                el("td") {
                                    if d.templates.isEmpty { "—" }
                                    for template in d.templates {
                                        if let form = m.forms.first(where: { $0.templateName == template }) {
                                            el("a", [.href(CatalogURL.form("\(p.code)", "\(form.id)").path), .init("download", nil)], text: template)
                                        } else {
                                            el("span", text: template + " " + S.catalogTemplateMissing(lang))
                                        }
                                        el("br")
                                    }
                                }
                            }
                        }
                    }
                }
            }
            let extra = m.forms.filter { form in !p.documents.contains { $0.templates.contains(form.templateName) } }
            if !extra.isEmpty {
                el("h3", text: S.catalogTemplates(lang))
                el("ul") { for form in extra { el("li") { el("a", [.href(CatalogURL.form("\(p.code)", "\(form.id)").path), .init("download", nil)], text: form.fileName) } } }
            }
        }
    }

    /// Steps, conditions and result, as the portal writes them.
    static func texts(_ m: DetailModel, _ ctx: PageContext) -> HTMLNode {
        let p = m.procedure
        let lang = ctx.language
        return fragment {
            el("h2", text: S.catalogSteps(lang))
            el("div", [.class("long-text")]) { CatalogFormat.paragraphs(p.steps) }
            el("h2", text: S.catalogConditions(lang))
            el("div", [.class("long-text")]) { CatalogFormat.paragraphs(p.conditions) }
            el("h2", text: S.catalogResult(lang))
            el("div", [.class("long-text")]) { CatalogFormat.paragraphs(p.result) }
        }
    }

    /// The legal bases.
    static func legalBases(_ m: DetailModel, _ ctx: PageContext) -> HTMLNode {
        let p = m.procedure
        let lang = ctx.language
        return fragment {
            el("h2", text: S.catalogLegal(lang))
            Components.tableWrap(ctx) {
                el("table", [.id("legal")]) {
                    el("thead") { el("tr") { for h in [S.catalogLegalNumber(lang), S.catalogLegalTitle(lang), S.catalogLegalDate(lang), S.catalogLegalIssuer(lang)] { el("th", [.init("scope", "col")], text: h) } } }
                    el("tbody") {
                        for basis in p.legalBases {
                            el("tr") {
                                el("td", text: basis.number)
                                el("td", text: basis.title)
                                el("td", text: basis.date.map(VNFormat.isoDay) ?? "—")
                                el("td", text: basis.issuer ?? "—")
                            }
                        }
                    }
                }
            }
        }
    }

    /// Related procedures and the units that receive the dossiers.
    static func relatedAndUnits(_ m: DetailModel, _ ctx: PageContext) -> HTMLNode {
        let p = m.procedure
        let lang = ctx.language
        return fragment {
            if !p.related.isEmpty {
                el("h2", text: S.catalogRelated(lang))
                el("ul") { for code in p.related { el("li") { el("a", [.href(CatalogURL.procedure("\(code)").path)], text: code) } } }
            }
            el("h2", text: S.catalogReceivingUnits(lang))
            if m.units.isEmpty {
                el("p", text: p.receptionAddress ?? p.implementingAgency ?? "—")
            } else {
                el("ul", [.class("unit-links")]) {
                    for unit in m.units { el("li", text: [unit.name, unit.address].compactMap { $0 }.joined(separator: " – ")) }
                }
            }
        }
    }

    /// The address and phone for feedback that must stand beside every posted procedure
    /// (Decree 63/2010 Art. 17; plan task II.11).
    static func feedbackBox(_ units: [UnitRecord], _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let contacts = units.filter { $0.feedbackAddress != nil || $0.feedbackPhone != nil }
        let shown = contacts.isEmpty ? [ctx.site].compactMap { $0 } : contacts
        return el("section", [.class("feedback-box"), .aria("labelledby", "feedback-heading")]) {
            el("h2", [.id("feedback-heading")], text: S.catalogFeedbackHeading(lang))
            el("p", text: S.catalogFeedbackText(lang))
            for unit in shown {
                el("p") {
                    el("strong", text: unit.name)
                    el("br")
                    S.feedbackAddressLine(lang, unit.feedbackAddress ?? unit.address ?? "—")
                    el("br")
                    S.feedbackPhoneLine(lang, unit.feedbackPhone ?? unit.phone ?? "—")
                }
            }
        }
    }

    static func jsonLD(_ m: DetailModel, _ ctx: PageContext) -> String {
        let p = m.procedure
        var object: [String: Any] = [
            "@context": "https://schema.org", "@type": "GovernmentService", "name": p.name, "identifier": p.code,
            "url": CatalogURL.procedure("\(p.code)").path,
        ]
        if let field = p.field { object["serviceType"] = field }
        if let agency = p.implementingAgency { object["provider"] = ["@type": "GovernmentOrganization", "name": agency] }
        if !p.applicants.isEmpty { object["audience"] = ["@type": "Audience", "audienceType": p.applicants.joined(separator: "; ")] }
        if let site = ctx.site { object["areaServed"] = ["@type": "AdministrativeArea", "name": site.name] }
        let channels: [[String: Any]] = m.units.map { unit in
            var place: [String: Any] = ["@type": "ServiceChannel", "name": unit.name]
            if let address = unit.address { place["serviceLocation"] = ["@type": "Place", "address": address] }
            if let phone = unit.phone { place["servicePhone"] = ["@type": "ContactPoint", "telephone": phone] }
            return place
        }
        if !channels.isEmpty { object["availableChannel"] = channels }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        // Never let a value close the script element.
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }

    static func printSheet(_ m: DetailModel, _ lang: Language) -> Page {
        Page(title: m.procedure.name, area: .print) { ctx in
            fragment {
                el("p", [.class("print-hint")], text: S.catalogPostingIntro(lang))
                body(m, ctx)
            }
        }
    }

    static func posting(unit: UnitRecord, procedures: [ProcedureCard], _ lang: Language) -> Page {
        Page(title: S.catalogPostingTitle(lang, unit.name), area: .print) { ctx in
            fragment {
                el("p", text: S.catalogPostingIntro(lang))
                if procedures.isEmpty { el("p", text: S.catalogPostingEmpty(lang)) }
                el("table", [.id("posting")]) {
                    el("thead") { el("tr") { for h in [S.catalogNumber(lang), S.catalogCode(lang), S.catalogTitle(lang), S.catalogTime(lang), S.catalogFee(lang)] { el("th", [.init("scope", "col")], text: h) } } }
                    el("tbody") {
                        for (index, card) in procedures.enumerated() {
                            el("tr") {
                                el("td", text: String(index + 1))
                                el("td", text: card.code)
                                el("td") { el("a", [.href(CatalogURL.procedure("\(card.code)").path)], text: card.name) }
                                el("td", text: (lang == .vi ? card.time : card.timeEN) ?? "—")
                                el("td", text: (lang == .vi ? card.fee : card.feeEN) ?? "—")
                            }
                        }
                    }
                }
                feedbackBox([unit], ctx)
            }
        }
    }
}
