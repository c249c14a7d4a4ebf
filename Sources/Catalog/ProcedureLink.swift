import Localization
import Platform

/// A page another feature keeps about one procedure, shown as a link on the procedure's staff
/// page when the signed-in person may open it: the feature that owns the page declares the
/// link, so the catalogue knows neither its path nor its permission.
public struct ProcedureLink: Sendable {
    public let label: LocalizedText
    public let requires: StaffAction
    public let path: @Sendable (_ procedureCode: String) -> String

    public init(_ label: LocalizedText, requires: StaffAction, path: @escaping @Sendable (_ procedureCode: String) -> String) {
        self.label = label
        self.requires = requires
        self.path = path
    }
}
