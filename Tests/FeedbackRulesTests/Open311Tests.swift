import FeedbackRules
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import WorkCalendar
import TestKit

@Suite("Open311 GeoReport v2: services, POST and GET requests, formats, errors")
struct Open311Tests {
    static let endpoint = Open311Endpoint(jurisdictionID: "dienchau.nghean.gov.vn")

    static func parameters(_ body: String) throws -> FormParameters {
        try FormParameters(encoded: body)
    }

    static let validBody = "api_key=k123&jurisdiction_id=dienchau.nghean.gov.vn&service_code=unsuited"
        + "&address_string=UBND+x%C3%A3+Di%E1%BB%85n+Kim&first_name=V%C4%83n+An&last_name=Nguy%E1%BB%85n"
        + "&phone=0912+345+678&email=an%40example.vn&description=Th%E1%BB%A7+t%E1%BB%A5c+khai+sinh+m%E1%BA%A5t+5+ng%C3%A0y+qu%C3%A1+l%C3%A2u"
        + "&attribute[sender_kind]=individual&attribute[sender_address]=X%C3%B3m+3%2C+x%C3%A3+Di%E1%BB%85n+Kim"
        + "&attribute[consent]=yes&attribute[procedure_code]=1.000893"

    @Test("GET services lists the eight Art. 5 kinds, grouped into feedback and petitions, realtime with metadata")
    func services() throws {
        let document = try Self.endpoint.services(Self.parameters(""), .vi).get()
        let json = try #require(JSONSerialization.jsonObject(with: Data(document.json.utf8)) as? [[String: Any]])
        #expect(json.count == 8)
        #expect(json.map { $0["service_code"] as? String } == ContentKind.allCases.map(\.rawValue))
        #expect(Set(json.compactMap { $0["group"] as? String }) == ["Phản ánh", "Kiến nghị"])
        #expect(json.allSatisfy { $0["type"] as? String == "realtime" && $0["metadata"] as? Bool == true })
        #expect(document.xml.hasPrefix(#"<?xml version="1.0" encoding="utf-8"?>"# + "\n<services><service><service_code>conduct</service_code>"))
    }

    @Test("GET services/{code}: attributes with order, datatype and values; unknown code 404, wrong jurisdiction 404")
    func definition() throws {
        let document = try Self.endpoint.checkServiceDefinition(code: "unlawful", Self.parameters(""), .en).get()
        let json = try #require(JSONSerialization.jsonObject(with: Data(document.json.utf8)) as? [String: Any])
        let attributes = try #require(json["attributes"] as? [[String: Any]])
        #expect(attributes.compactMap { $0["order"] as? Int } == Array(1...7))
        #expect(attributes.first?["variable"] as? Bool == false, "the complaints notice is information only")
        let required = attributes.filter { $0["required"] as? Bool == true }.compactMap { $0["code"] as? String }
        #expect(required == ["sender_kind", "sender_address", "consent"])
        #expect(document.xml.contains("<values><value><key>individual</key><name>Individual</name></value>"))
        #expect(document.xml.contains("<datatype_description/>"))
        guard case .failure(let missing) = Self.endpoint.checkServiceDefinition(code: "pothole", try Self.parameters(""), .en)
        else { Issue.record("accepted"); return }
        #expect(missing.status == 404)
        guard case .failure(let wrong) = Self.endpoint.services(try Self.parameters("jurisdiction_id=sfgov.org"), .en)
        else { Issue.record("accepted"); return }
        #expect(wrong.status == 404)
        let multi = Open311Endpoint(jurisdictionID: "nghean.gov.vn", servesMultipleJurisdictions: true)
        guard case .failure(let absent) = multi.services(try Self.parameters(""), .en) else { Issue.record("accepted"); return }
        #expect(absent.status == 400)
        #expect(throws: Never.self) { try Self.endpoint.services(Self.parameters("jurisdiction_id=DIENCHAU.nghean.gov.vn"), .en).get() }
    }

    @Test("POST requests: a valid form-encoded body becomes a submission; an address_string is location enough")
    func post() throws {
        let request = try Open311NewRequest.parse(Self.parameters(Self.validBody), endpoint: Self.endpoint).get()
        #expect(request.apiKey == "k123")
        #expect(request.submission.sender.name == "Nguyễn Văn An")
        #expect(request.submission.sender.phone?.national == "0912345678")
        #expect(request.submission.channel == .api)
        #expect(request.submission.contentKind == .unsuitedToReality)
        #expect(request.location.addressString == "UBND xã Diễn Kim")
        #expect(request.location.latitude == nil)
        let response = Open311NewRequest.response(code: try FeedbackCode.make(day: day("2025-03-03"), sequence: 5), notice: nil)
        #expect(response.json == #"[{"service_request_id":"PAKN.20250303.0005","service_notice":null,"account_id":null}]"#)
        #expect(response.xml.hasSuffix("<service_requests><request><service_request_id>PAKN.20250303.0005</service_request_id>"
            + "<service_notice/><account_id/></request></service_requests>"))
    }

    @Test("POST requests: attribute[code][] multi-values are read; empty values count as absent")
    func attributes() throws {
        let parameters = try Self.parameters("attribute[a][]=1&attribute[a][]=2&attribute[b]=x&attribute[c]=&attribute[]=z&email=")
        #expect(parameters.attributes == ["a": ["1", "2"], "b": ["x"]])
        #expect(parameters["email"] == nil)
    }

    @Test("POST requests: malformed parameters each get an error; the status is 403, then 404, then 400", arguments: [
        ("service_code=unsuited&address_string=x", 403, "api_key"),
        ("api_key=k&address_string=x", 400, "service_code"),
        ("api_key=k&service_code=pothole&address_string=x", 404, "pothole"),
        ("api_key=k&service_code=unsuited", 400, "address_string"),
        ("api_key=k&service_code=unsuited&lat=18.9", 400, "long"),
        ("api_key=k&service_code=unsuited&lat=95&long=105.6", 400, "lat"),
        ("api_key=k&service_code=unsuited&address_id=A1&phone=12345", 400, "phone"),
        ("api_key=k&service_code=unsuited&address_id=A1&media_url=javascript:alert(1)", 400, "media_url"),
        ("api_key=k&jurisdiction_id=other.gov&service_code=unsuited&address_id=A1", 404, "other.gov"),
    ])
    func postErrors(body: String, status: Int, mentions: String) throws {
        guard case .failure(let errors) = Open311NewRequest.parse(try Self.parameters(body), endpoint: Self.endpoint, language: .en)
        else { Issue.record("accepted"); return }
        #expect(errors.status == status)
        #expect(errors.errors.contains { $0.description.contains(mentions) }, "\(errors.errors.map(\.description))")
    }

    @Test("POST requests: what Decree 20/2008 Art. 7 requires is checked too (name, address, phone, consent)")
    func postArt7() throws {
        guard case .failure(let errors) = Open311NewRequest.parse(
            try Self.parameters("api_key=k&service_code=unsuited&lat=18.95&long=105.6&description=Qu%C3%A1+l%C3%A2u+r%E1%BB%93i"),
            endpoint: Self.endpoint, language: .vi) else { Issue.record("accepted"); return }
        let described = errors.errors.map(\.description)
        for parameter in ["last_name/first_name", "attribute[sender_address]", "phone", "attribute[consent]", "attribute[procedure_code]"] {
            #expect(described.contains { $0.hasPrefix(parameter + ":") }, "\(parameter) in \(described)")
        }
        #expect(errors.status == 400)
        let long = String(repeating: "a", count: 4_001)
        guard case .failure(let tooLong) = Open311NewRequest.parse(
            try Self.parameters(Self.validBody.replacingOccurrences(of: "description=", with: "description=\(long)")),
            endpoint: Self.endpoint, language: .en) else { Issue.record("accepted"); return }
        #expect(tooLong.errors.map(\.description).contains { $0.hasPrefix("description:") && $0.contains("4000") })
    }

    @Test("Form decoding: + is a space, %XX is UTF-8, broken escapes are errors")
    func formDecoding() throws {
        let pairs = try FormEncoding.decode("a=x+y&b=%C4%91%E1%BA%A5t&c&d=%3D%26")
        #expect(pairs.map(\.name) == ["a", "b", "c", "d"])
        #expect(pairs.map(\.value) == ["x y", "đất", "", "=&"])
        for broken in ["a=%ZZ", "a=%C4", "a=%", "%G1=1"] {
            #expect(throws: Open311Errors.self) { try FormEncoding.decode(broken) }
        }
    }

    @Test("Errors follow the spec's format in XML and JSON")
    func errorFormat() {
        let errors = Open311Errors([.invalidAPIKey(.en), .badParameter("lat", "bad")])
        #expect(errors.status == 403)
        #expect(errors.document.json == #"[{"code":403,"description":"Invalid api_key received -- can't proceed with create_request."},"#
            + #"{"code":400,"description":"lat: bad"}]"#)
        #expect(errors.document.xml == #"<?xml version="1.0" encoding="utf-8"?>"# + "\n<errors><error><code>403</code><description>"
            + "Invalid api_key received -- can&apos;t proceed with create_request.</description></error><error><code>400</code>"
            + "<description>lat: bad</description></error></errors>")
        #expect(Open311Error.tokenNotFound("1", .en).status == 404)
    }

    @Test("The XML writer escapes markup and drops characters XML forbids; the JSON writer escapes controls")
    func writers() throws {
        let document = Open311Document(root: "r", value: .object([
            Open311Field("t", .text("<b>&\"'\u{0000}\u{0007}ok\u{FFFE}\n")), Open311Field("n", .text(nil)),
        ]))
        #expect(document.xml.hasSuffix("<r><t>&lt;b&gt;&amp;&quot;&apos;ok\n</t><n/></r>"))
        #expect(document.json == #"{"t":"<b>&\"'\u0000\u0007ok"# + "\u{FFFE}" + #"\n","n":null}"#)
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(document.json.utf8)) as? [String: Any])
        #expect(parsed["t"] as? String == "<b>&\"'\u{0000}\u{0007}ok\u{FFFE}\n")
        let xml = XMLParser(data: Data(Open311Catalog.services(.vi).xml.utf8))
        #expect(xml.parse(), "the services document is well-formed XML")
        #expect(Open311Format.split("PAKN.20250303.0005.json")?.name == "PAKN.20250303.0005")
        #expect(Open311Format.split("services.xml")?.format == .xml)
        #expect(Open311Format.split("services.html") == nil)
        #expect(Open311Format.json.contentType == "application/json; charset=utf-8")
    }

    @Test("W3C date-times need a time zone")
    func w3c() {
        #expect(W3CDateTime.parse("2010-01-01T00:00:00Z") == Date(timeIntervalSince1970: 1_262_304_000))
        #expect(W3CDateTime.parse("2010-01-01T07:00:00+07:00") == Date(timeIntervalSince1970: 1_262_304_000))
        #expect(W3CDateTime.parse("1994-11-05T08:15:30-05:00") == W3CDateTime.parse("1994-11-05T13:15:30Z"))
        #expect(W3CDateTime.parse("2010-01-01T00:00Z") != nil)
        #expect(W3CDateTime.parse("2010-01-01T00:00:00.25Z") == Date(timeIntervalSince1970: 1_262_304_000.25))
        for bad in ["2010-01-01T00:00:00", "2010-01-01", "2010-02-30T00:00:00Z", "2010-01-01T24:00:00Z", "2010-01-01T00:00:00+7"] {
            #expect(W3CDateTime.parse(bad) == nil, "\(bad)")
        }
        #expect(W3CDateTime.format(at("2025-01-24T08:30")) == "2025-01-24T08:30:00+07:00")
    }
}
