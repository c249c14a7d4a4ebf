import Platform
import PlanRules

/// The reader's language is Platform's; the rules' texts take WorkCalendar's.
typealias Language = Platform.Language
/// Form errors shown beside fields are Platform's; the rules' own are `PlanRules.FieldError`.
typealias FieldError = Platform.FieldError
