import Foundation
import TextSearch
import Platform
import Localization

enum CatalogStaffViews {
    struct EditModel: Sendable {
        var procedure: Procedure
        var values: [String: String]
        var errors: [FieldError]
        var candidates: [UnitRecord]
        var assigned: [UUID: Int?]
        var notice: String?
        var forms: [ProcedureForms.Info] = []
        var uploadProblem: UploadPolicy.Problem?
        /// Other features' pages about this procedure that the person may open.
        var links: [(label: LocalizedText, path: String)] = []
    }

    static func edit(_ m: EditModel, _ lang: Language) -> Page {
        let code = m.procedure.code
        return Page(title: S.catalogEditTitle(lang, code), area: .staff,
                    breadcrumbs: [(S.navStaffHome(lang), PlatformURL.staffHome.path), (S.catalogStaffTitle(lang), CatalogURL.staffSearch.path)]) { ctx in
            fragment {
                Components.notice(m.notice)
                Components.errorSummary(m.errors, ctx)
                el("p") { el("a", [.href(CatalogURL.procedure("\(code)").path)], text: S.catalogView(lang)) }
                el("p") { el("a", [.href(PlatformURL.history(of: "procedure", code))], text: S.viewHistory(lang)) }
                for link in m.links { el("p") { el("a", [.href(link.path)], text: link.label(lang)) } }
                el("form", [.id("procedure-form"), .init("method", "post"), .init("action", CatalogURL.edit("\(code)").path), .init("novalidate", nil)]) {
                    Components.csrfField(ctx)
                    Components.field(.init("name", label: S.catalogTitle(lang), value: m.values["name"], errors: m.errors, required: true, multiline: true, maxLength: 500), ctx)
                    Components.field(.init("field", label: S.catalogField(lang), value: m.values["field"], errors: m.errors, maxLength: 200), ctx)
                    Components.field(.init("levels", label: S.catalogLevel(lang), value: m.values["levels"], errors: m.errors, hint: S.catalogLevelsHint(lang), maxLength: 300), ctx)
                    Components.field(.init("implementing_agency", label: S.catalogAgency(lang), value: m.values["implementing_agency"], errors: m.errors, maxLength: 500), ctx)
                    Components.select("online_level", label: S.catalogOnline(lang), options: OnlineLevel.allCases.map { ($0.rawValue, S.catalogOnlineLevels[$0]!(lang)) }, selected: m.values["online_level"], errors: m.errors, ctx)
                    Components.select("status", label: S.unitStatus(lang), options: ProcedureStatus.allCases.map { ($0.rawValue, S.catalogStatuses[$0]!(lang)) }, selected: m.values["status"], errors: m.errors, ctx)
                    Components.field(.init("abolished_on", label: S.catalogAbolishedOn(lang), value: m.values["abolished_on"], errors: m.errors, hint: S.dateHint(lang), maxLength: 10), ctx)
                    Components.field(.init("replaced_by", label: S.catalogReplacedBy(lang), value: m.values["replaced_by"], errors: m.errors, hint: S.catalogReplacedByHint(lang), maxLength: 40), ctx)
                    el("fieldset", [.id("units")]) {
                        el("legend", text: S.catalogUnitsHeading(lang))
                        el("p", [.class("hint")], text: S.catalogUnitsHint(lang))
                        for unit in m.candidates {
                            let id = unit.id.uuidString
                            let checked = m.assigned[unit.id] != nil
                            el("div", [.class("field checkbox")]) {
                                el("input", [.type("checkbox"), .id("unit-\(id)"), .name("unit"), .value(id)] + (checked ? [.flag("checked")] : []))
                                el("label", [.for("unit-\(id)")], text: unit.name)
                            }
                            el("div", [.class("field inline")]) {
                                el("label", [.for("days-\(id)"), .class("small")], text: S.catalogInternalDays(lang, unit.name))
                                el("input", [.type("text"), .id("days-\(id)"), .name("days-\(id)"), .init("inputmode", "numeric"), .init("maxlength", "3"), .class("short")]
                                    + ((m.assigned[unit.id] ?? nil).map { [.value(String($0))] } ?? []))
                            }
                        }
                    }
                    Components.submit(S.save(lang))
                }
                formsSection(m, ctx)
            }
        }
    }

    static func formsSection(_ m: EditModel, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let code = m.procedure.code
        let templates = Array(Set(m.procedure.documents.flatMap(\.templates))).sorted()
        return el("section", [.id("forms"), .aria("labelledby", "forms-heading")]) {
            el("h2", [.id("forms-heading")], text: S.catalogTemplates(lang))
            if let problem = m.uploadProblem {
                el("div", [.class("error-summary"), .init("role", "alert")]) { el("p", text: S.uploadMessage(problem)(lang)) }
            }
            el("ul") {
                for form in m.forms {
                    el("li") {
                        el("a", [.href(CatalogURL.form("\(code)", "\(form.id)").path)], text: form.fileName)
                        " (\(form.templateName), \(form.size / 1024 + 1) KB) "
                        el("form", [.init("method", "post"), .init("action", CatalogURL.removeForm("\(code)", "\(form.id)").path), .class("inline-form")]) {
                            Components.csrfField(ctx)
                            el("button", [.type("submit"), .class("link-button dark"), .aria("label", S.calendarDeleteLabel(lang, form.fileName))], text: S.delete(lang))
                        }
                    }
                }
            }
            el("form", [.id("form-upload"), .init("method", "post"), .init("enctype", "multipart/form-data"),
                        .init("action", CatalogURL.uploadForm("\(code)").path + "?_csrf=\(ctx.csrfToken)")]) {
                if !templates.isEmpty {
                    Components.select("template", label: S.catalogTemplateFor(lang), options: templates.map { ($0, $0) }, selected: nil, ctx)
                }
                el("div", [.class("field")]) {
                    el("label", [.for("file")], text: S.catalogUploadFile(lang))
                    el("p", [.class("hint"), .id("file-hint")], text: S.uploadHint(lang))
                    el("input", [.type("file"), .id("file"), .name("file"), .aria("describedby", "file-hint"), .init("accept", ".pdf,.doc,.docx,.xls,.xlsx,.odt")])
                }
                Components.submit(S.catalogUpload(lang))
            }
        }
    }

    static func imports(_ history: [CatalogImporter.HistoryEntry], _ lang: Language) -> Page {
        Page(title: S.catalogImports(lang), area: .staff,
             breadcrumbs: [(S.navStaffHome(lang), PlatformURL.staffHome.path), (S.catalogStaffTitle(lang), CatalogURL.staffSearch.path)]) { _ in
            fragment {
                for entry in history {
                    el("section", [.class("import-run")]) {
                        el("h2", text: S.catalogImportLine(lang, VNFormat.dateTime(entry.at), entry.actorName, String(entry.created), String(entry.updated), String(entry.unchanged)))
                        el("p", [.class("hint")], text: entry.sources)
                        if !entry.rejected.isEmpty {
                            el("h3", text: S.catalogRejected(lang, String(entry.rejected.count)))
                            el("ul") { for r in entry.rejected { el("li", text: "\(r.file): \(r.reason)") } }
                        }
                        if !entry.warnings.isEmpty {
                            el("details") {
                                el("summary", text: S.catalogWarnings(lang, String(entry.warnings.count)))
                                el("ul") {
                                    for w in entry.warnings {
                                        el("li") {
                                            el("a", [.href(CatalogURL.edit("\(w.code)").path)], text: "\(w.code) (\(w.file))")
                                            el("ul") { for message in w.messages { el("li", text: message) } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    struct LexiconModel: Sendable {
        var entries: [Lexicon.Entry]
        /// False while the shipped lexicon is in force.
        var edited: Bool
        var values: [String: String] = [:]
        var errors: [FieldError] = []
        var notice: String?
        var importText: String?
        var importProblems: [String] = []
    }

    static func lexicon(_ m: LexiconModel, _ lang: Language) -> Page {
        Page(title: S.lexiconTitle(lang), area: .staff,
             breadcrumbs: [(S.navStaffHome(lang), PlatformURL.staffHome.path), (S.catalogStaffTitle(lang), CatalogURL.staffSearch.path)]) { ctx in
            fragment {
                Components.notice(m.notice)
                Components.errorSummary(m.errors, ctx)
                el("p", [.class("lead")], text: S.lexiconIntro(lang))
                el("p", text: m.edited ? S.lexiconEdited(lang, String(m.entries.count)) : S.lexiconShipped(lang, String(m.entries.count)))
                el("p") { el("a", [.href(CatalogURL.lexiconExport.path), .init("download", nil)], text: S.lexiconExport(lang)) }
                el("p") { el("a", [.href(CatalogURL.searchLog.path)], text: S.searchLogTitle(lang)) }
                el("section", [.id("them")]) {
                    el("h2", text: S.lexiconAddHeading(lang))
                    el("form", [.id("lexicon-add"), .init("method", "post"), .init("action", CatalogURL.lexiconAdd.path), .init("novalidate", nil)]) {
                        Components.csrfField(ctx)
                        Components.select("kind", label: S.lexiconKind(lang), options: Lexicon.Kind.allCases.map { ($0.rawValue, S.lexiconKinds[$0]!(lang)) },
                                          selected: m.values["kind"] ?? Lexicon.Kind.synonym.rawValue, errors: m.errors, ctx)
                        Components.field(.init("phrase", label: S.lexiconPhrase(lang), value: m.values["phrase"], errors: m.errors, required: true,
                                               hint: S.lexiconPhraseHint(lang), maxLength: LexiconFile.maxLength), ctx)
                        Components.field(.init("means", label: S.lexiconMeans(lang), value: m.values["means"], errors: m.errors,
                                               hint: S.lexiconMeansHint(lang), maxLength: 600), ctx)
                        Components.field(.init("weight", label: S.lexiconWeight(lang), value: m.values["weight"], errors: m.errors,
                                               hint: S.lexiconWeightHint(lang), maxLength: 5), ctx)
                        el("div", [.class("field checkbox")]) {
                            el("input", [.type("checkbox"), .id("both"), .name("both"), .value("both")] + (m.values["both"] == "both" ? [.flag("checked")] : []))
                            el("label", [.for("both")], text: S.lexiconBoth(lang))
                        }
                        Components.submit(S.lexiconAdd(lang))
                    }
                }
                el("section", [.id("nhap")]) {
                    el("h2", text: S.lexiconImportHeading(lang))
                    el("p", [.class("hint")], text: S.lexiconImportHint(lang))
                    if !m.importProblems.isEmpty {
                        el("div", [.class("error-summary"), .init("role", "alert"), .id("import-problems")]) {
                            el("h3", text: S.lexiconImportRefused(lang))
                            el("ul") { for problem in m.importProblems.prefix(100) { el("li", text: problem) } }
                        }
                    }
                    el("form", [.id("lexicon-import"), .init("method", "post"), .init("action", CatalogURL.lexiconImport.path)]) {
                        Components.csrfField(ctx)
                        el("div", [.class("field wide")]) {
                            el("label", [.for("content")], text: S.lexiconImportLabel(lang))
                            el("textarea", [.id("content"), .name("content"), .init("rows", "8"), .init("spellcheck", "false")], text: m.importText ?? "")
                        }
                        Components.submit(S.lexiconImportButton(lang))
                    }
                }
                for kind in Lexicon.Kind.allCases {
                    let entries = m.entries.filter { $0.kind == kind }
                    el("section", [.id("loai-\(kind.rawValue)")]) {
                        el("h2", text: "\(S.lexiconKinds[kind]!(lang)) (\(entries.count))")
                        el("p", [.class("hint")], text: S.lexiconKindHelp[kind]!(lang))
                        if !entries.isEmpty {
                            el("div", [.class("table-wrap")]) {
                                el("table") {
                                    el("thead") {
                                        el("tr") {
                                            el("th", [.init("scope", "col")], text: S.lexiconPhrase(lang))
                                            if kind == .synonym || kind == .intent { el("th", [.init("scope", "col")], text: S.lexiconMeans(lang)) }
                                            if kind == .synonym { el("th", [.init("scope", "col")], text: S.lexiconWeight(lang)) }
                                            el("th", [.init("scope", "col")]) { el("span", [.class("visually-hidden")], text: S.lexiconRemove(lang)) }
                                        }
                                    }
                                    el("tbody") { for entry in entries { lexiconRow(entry, ctx) } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func lexiconRow(_ entry: Lexicon.Entry, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        return el("tr") {
            el("td", text: entry.phrase)
            if entry.kind == .synonym || entry.kind == .intent {
                el("td", text: entry.means.joined(separator: " | ") + (entry.bothWays ? " (\(S.lexiconBothShort(lang)))" : ""))
            }
            if entry.kind == .synonym { el("td", text: String(entry.weight).replacingOccurrences(of: ".", with: ",")) }
            el("td") {
                el("form", [.init("method", "post"), .init("action", CatalogURL.lexiconRemove.path), .class("inline")]) {
                    Components.csrfField(ctx)
                    el("input", [.type("hidden"), .name("kind"), .value(entry.kind.rawValue)])
                    el("input", [.type("hidden"), .name("phrase"), .value(entry.phrase)])
                    el("button", [.type("submit"), .class("button secondary")]) {
                        HTMLNode.text(S.lexiconRemove(lang))
                        el("span", [.class("visually-hidden")], text: " \(entry.phrase)")
                    }
                }
            }
        }
    }
}
