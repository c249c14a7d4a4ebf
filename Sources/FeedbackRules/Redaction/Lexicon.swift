/// Word lists the detectors use (lower case, with diacritics; folded forms are derived).
enum Lexicon {
    /// Common Vietnamese family names.
    static let surnames = Set([
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
        "dương", "lý", "đinh", "trương", "đoàn", "lâm", "mai", "trịnh", "cao", "lương", "lưu", "hà", "tạ", "chu",
        "lại", "quách", "thái", "kiều", "tô", "tống", "khuất", "triệu", "đào", "diệp", "giang", "nghiêm", "vương",
        "hứa", "mạc", "âu", "lục", "phùng", "từ", "tăng", "châu", "đàm", "thân", "nông", "lò",
    ])
    /// Common middle names: a capitalised family name followed by one of these is taken as a
    /// person's name even without a cue ("Nguyễn Thị Hoa"), while "Hồ Chí Minh" is not.
    static let middleNames = Set([
        "văn", "thị", "đức", "hữu", "ngọc", "minh", "thanh", "quang", "xuân", "kim", "công", "đình", "quốc", "bá",
        "trọng", "tiến", "duy", "mạnh", "hồng", "thu", "phương", "hoàng", "gia", "khánh", "bảo", "thành", "anh",
        "như", "diệu", "mỹ", "hải", "tuấn", "trung", "viết", "sỹ", "sĩ", "huy", "nhật", "thùy", "thuỳ", "thúy",
        "thuý", "lan", "hoài", "tấn", "phước", "phúc", "đăng", "cẩm", "bích", "tuyết", "hà", "khắc", "thế", "vĩnh",
        "hạnh", "thái", "đại", "quý", "tường", "nam", "phú", "hoa", "kiều", "yến",
    ])
    /// Words after which a capitalised name is a person: kinship terms used as titles.
    static let personCues: Set<String> = ["ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cháu", "cụ", "dì"]
    /// Phrases after which a name follows (folded).
    static let namePhrases: [[String]] = [
        ["toi", "ten", "la"], ["ten", "toi", "la"], ["toi", "la"], ["ho", "va", "ten"], ["ho", "ten"],
        ["ten", "la"], ["toi", "ten"], ["nguoi", "gui"], ["nguoi", "lien", "he"], ["nguoi", "lien", "lac"],
        ["nguoi", "phan", "anh"], ["nguoi", "kien", "nghi"], ["nguoi", "dai", "dien"],
    ]
    /// First words that make a capitalised group a title or a body, not a name.
    static let titleWords: Set<String> = [
        "chủ", "phó", "trưởng", "giám", "cán", "ủy", "uỷ", "ubnd", "bí", "thủ", "sở", "phòng", "bộ", "ban", "tòa",
        "toà", "viện", "hội", "cục", "tổng", "bệnh",
    ]
    /// Two-word titles and bodies whose first word is also a given name (folded).
    static let titlePhrases: [[String]] = [
        ["cong", "an"], ["cong", "chuc"], ["cong", "dan"], ["cong", "ty"], ["van", "phong"], ["trung", "tam"],
        ["chi", "cuc"], ["chi", "nhanh"], ["dong", "chi"], ["ngan", "hang"], ["truong", "hoc"], ["to", "truong"],
        ["doi", "truong"], ["thon", "truong"], ["xom", "truong"],
    ]
    /// Words that end a lower-case name or place name (folded).
    static let stopWords: Set<String> = [
        "o", "tai", "den", "da", "dang", "se", "co", "khong", "la", "va", "bi", "duoc", "nop", "xin", "hoi", "cua",
        "cho", "voi", "nay", "do", "ma", "nhung", "ve", "trong", "khi", "luc", "ngay", "xa", "phuong", "huyen",
        "tinh", "so", "sdt", "dt", "rat", "muon", "can", "nguoi", "gui", "phan", "kien", "nghi", "tuc", "giay",
        "toi", "chung", "lien", "email", "dien", "thoai", "thon", "xom", "duong", "ngo", "ap", "song", "tru",
        "hay", "roi", "cung", "deu", "neu", "sau", "truoc", "tren", "duoi", "thu", "mat", "viec", "ho", "nha", "chua",
    ]
    /// Village-level units (hamlets and the like).
    static let hamlets: Set<String> = ["xóm", "thôn", "ấp", "bản", "khối", "đội", "tổ", "khu", "cụm", "làng", "buôn", "sóc"]
    /// Hamlet words whose plain spelling is also an everyday word: plain only before a number.
    static let ambiguousHamlets: Set<String> = ["ap", "ban", "doi", "to", "khu", "cum", "lang", "buon", "soc", "khoi"]
    /// Streets and lanes.
    static let streets: Set<String> = ["đường", "phố", "ngõ", "ngách", "hẻm", "kiệt"]

    static let foldedSurnames = Set(surnames.map(ScanText.foldWord))
    static let foldedMiddleNames = Set(middleNames.map(ScanText.foldWord))
    static let foldedPersonCues = Set(personCues.map(ScanText.foldWord))
    static let foldedTitleWords: Set<String> = ["chu", "pho", "giam", "can", "uy", "ubnd"]
    static let foldedHamlets = Set(hamlets.map(ScanText.foldWord))
    static let foldedStreets = Set(streets.map(ScanText.foldWord))
}

extension ScanText {
    static func foldWord(_ word: String) -> String { String(word.map(fold)) }
}
