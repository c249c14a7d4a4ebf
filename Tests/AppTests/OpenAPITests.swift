import App
import Foundation
import HummingbirdTesting
import Platform
import Testing

/// The OpenAPI document is put together from Platform's part and each feature's part.
@Suite("OpenAPI document from the features' parts")
struct OpenAPITests {
    @Test("Every API route any feature registers is documented once, no two parts name the same path or schema, and every $ref resolves")
    func everyRouteDocumented() async throws {
        let table = RouteTable()
        try await withApp(table: table) { _, _, client in
            let response = try await client.execute(uri: "/api/v1/openapi.json", method: .get)
            #expect(response.status == .ok)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
            let paths = try #require(document["paths"] as? [String: Any])
            let routes = Set(table.allPaths.filter { $0.hasPrefix("/api/v1/") && $0 != "/api/v1/openapi.json" }
                .map { $0.replacingOccurrences(of: #":(\w+)"#, with: "{$1}", options: .regularExpression) })
            #expect(routes.count >= 18)
            #expect(Set(paths.keys) == routes, "documented paths and registered API routes are the same set")
            let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
            let refs = Set(response.text.matches(of: /"#\/components\/schemas\/([A-Za-z0-9_.-]+)"/).map { String($0.1) })
            #expect(!refs.isEmpty)
            #expect(refs.subtracting(schemas.keys).isEmpty, "unresolved: \(refs.subtracting(schemas.keys))")
        }
    }

    @Test("A path or schema named by two parts is reported, not silently replaced")
    func conflictsReported() {
        let frame = #"{"openapi":"3.1.0","paths":{"/a":{}},"components":{"schemas":{"S":{}}}}"#
        let merged = OpenAPIDocument.merge(frame, parts: [#"{"paths":{"/a":{},"/b":{}},"components":{"schemas":{"S":{},"T":{}}}}"#])
        #expect(merged.conflicts.sorted() == ["path /a", "schema S"])
        #expect(merged.document.contains("\"/b\""))
        #expect(merged.document.contains("\"T\""))
    }
}
