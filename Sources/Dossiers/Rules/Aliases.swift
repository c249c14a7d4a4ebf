import DossierRules
import Formats
import Platform

/// The one agency-code rule (units and dossier codes), for every file of the feature.
typealias AgencyCode = Formats.AgencyCode

/// The reader's language is Platform's; the rules' texts take WorkCalendar's.
typealias Language = Platform.Language
