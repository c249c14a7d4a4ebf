import Platform

/// The catalogue's actions.
extension StaffAction {
    /// Edit procedures, assign them to units, import the catalogue.
    public static let editCatalog = StaffAction("catalog.edit", roles: [.coordinator, .editor])
}
