import Foundation

/// Small building blocks shared by every page.
public enum Components {
    public static func csrfField(_ ctx: PageContext) -> HTMLNode {
        el("input", [.type("hidden"), .name("_csrf"), .value(ctx.csrfToken)])
    }

    /// The list of problems at the top of a refused form, each linking to its field.
    public static func errorSummary(_ errors: [FieldError], _ ctx: PageContext) -> HTMLNode {
        guard !errors.isEmpty else { return .empty }
        return el("div", [.class("error-summary"), .init("role", "alert"), .id("error-summary"), .init("tabindex", "-1")]) {
            el("h2", text: S.formHasErrors(ctx.language))
            el("ul") {
                for error in errors {
                    el("li") { el("a", [.href("#\(error.field)")], text: error.message) }
                }
            }
        }
    }

    /// A table that may scroll sideways on a phone: focusable so keyboards can scroll it.
    public static func tableWrap(_ ctx: PageContext, @HTMLBuilder _ content: () -> [HTMLNode]) -> HTMLNode {
        el("div", [.class("table-wrap"), .init("tabindex", "0"), .init("role", "region"), .aria("label", S.scrollableTable(ctx.language))], content)
    }

    public static func notice(_ text: String?) -> HTMLNode {
        guard let text else { return .empty }
        return el("p", [.class("notice"), .init("role", "status")], text: text)
    }

    public struct Field {
        public var name: String
        public var label: String
        public var value: String?
        public var errors: [FieldError]
        public var required = false
        public var hint: String?
        public var type = "text"
        public var autocomplete: String?
        public var multiline = false
        public var maxLength: Int?

        public init(
            _ name: String, label: String, value: String?, errors: [FieldError], required: Bool = false,
            hint: String? = nil, type: String = "text", autocomplete: String? = nil, multiline: Bool = false,
            maxLength: Int? = nil
        ) {
            self.name = name
            self.label = label
            self.value = value
            self.errors = errors
            self.required = required
            self.hint = hint
            self.type = type
            self.autocomplete = autocomplete
            self.multiline = multiline
            self.maxLength = maxLength
        }
    }

    /// A labelled input with its hint and its error, wired for screen readers.
    public static func field(_ f: Field, _ ctx: PageContext) -> HTMLNode {
        let error = f.errors.first { $0.field == f.name }
        var described: [String] = []
        if f.hint != nil { described.append("\(f.name)-hint") }
        if error != nil { described.append("\(f.name)-error") }
        var attributes: [HTMLAttribute] = [.id(f.name), .name(f.name)]
        if f.required { attributes.append(.flag("required")) }
        if let maxLength = f.maxLength { attributes.append(.init("maxlength", String(maxLength))) }
        if !described.isEmpty { attributes.append(.aria("describedby", described.joined(separator: " "))) }
        if error != nil { attributes.append(.aria("invalid", "true")) }
        if let autocomplete = f.autocomplete { attributes.append(.init("autocomplete", autocomplete)) }
        return el("div", [.class(error == nil ? "field" : "field field-error")]) {
            el("label", [.for(f.name)]) {
                f.label
                if f.required { el("span", [.class("required")], text: " *") }
            }
            if let hint = f.hint { el("p", [.class("hint"), .id("\(f.name)-hint")], text: hint) }
            if let error { el("p", [.class("error-message"), .id("\(f.name)-error")], text: error.message) }
            if f.multiline {
                el("textarea", attributes + [.init("rows", "4")], text: f.value ?? "")
            } else {
                el("input", attributes + [.type(f.type)] + (f.value.map { [.value($0)] } ?? []))
            }
        }
    }

    public static func select(
        _ name: String, label: String, options: [(value: String, label: String)], selected: String?,
        errors: [FieldError] = [], required: Bool = false, _ ctx: PageContext
    ) -> HTMLNode {
        let error = errors.first { $0.field == name }
        return el("div", [.class(error == nil ? "field" : "field field-error")]) {
            el("label", [.for(name)], text: label)
            if let error { el("p", [.class("error-message"), .id("\(name)-error")], text: error.message) }
            el("select", [.id(name), .name(name)] + (required ? [.flag("required")] : [])
                + (error != nil ? [.aria("describedby", "\(name)-error"), .aria("invalid", "true")] : [])) {
                for option in options {
                    el("option", [.value(option.value)] + (option.value == selected ? [.flag("selected")] : []), text: option.label)
                }
            }
        }
    }

    public static func submit(_ label: String) -> HTMLNode {
        el("button", [.type("submit"), .class("button")], text: label)
    }

    /// `name=value&…` for a link, empty values left out, values percent-encoded.
    public static func query(_ pairs: [(String, String)]) -> String {
        pairs.filter { !$0.1.isEmpty }
            .map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&")
    }

    /// "Page 2 of 7" with previous and next links that keep the other query parameters.
    public static func pagination(page: Int, perPage: Int, total: Int, baseQuery: [(String, String)], path: String, _ ctx: PageContext) -> HTMLNode {
        let pages = max(1, (total + perPage - 1) / perPage)
        guard pages > 1 else { return .empty }
        func link(_ target: Int) -> String {
            "\(path)?\(query(baseQuery + [("trang", String(target))]))"
        }
        return el("nav", [.class("pagination"), .aria("label", S.pagination(ctx.language))]) {
            if page > 1 { el("a", [.href(link(page - 1)), .init("rel", "prev")], text: S.previousPage(ctx.language)) }
            el("span", text: S.pageOf(ctx.language, String(page), String(pages)))
            if page < pages { el("a", [.href(link(page + 1)), .init("rel", "next")], text: S.nextPage(ctx.language)) }
        }
    }

    public static func definitionList(_ rows: [(String, String?)]) -> HTMLNode {
        el("dl", [.class("facts")]) {
            for (term, value) in rows {
                el("div") {
                    el("dt", text: term)
                    el("dd", text: (value?.isEmpty == false ? value : nil) ?? "—")
                }
            }
        }
    }
}
