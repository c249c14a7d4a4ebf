import FeedbackRules
import WorkCalendar
import Platform

/// The reader's language and form errors are Platform's; the rules' texts take WorkCalendar's.
typealias Language = Platform.Language
typealias FieldError = Platform.FieldError
typealias RuleFieldError = FeedbackRules.FieldError

extension AppRequestContext {
    /// The reader's language as the rules take it.
    var rulesLanguage: WorkCalendar.Language { language == .vi ? .vi : .en }
}
