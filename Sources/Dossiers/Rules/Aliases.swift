import DossierRules

/// The dossier code's agency code (letters or digits in the lower groups), not Platform's
/// stricter check of unit records.
typealias AgencyCode = DossierRules.AgencyCode

import Platform

/// The reader's language is Platform's; the rules' texts take WorkCalendar's.
typealias Language = Platform.Language
