import Foundation
import Hummingbird
import NIOCore

/// The stylesheet, served from the package's resources.
public enum AssetRoutes {
    public static func register(_ routes: Routes) {
        let css = (try? String(contentsOf: Bundle.module.url(forResource: "site", withExtension: "css", subdirectory: "Resources")!, encoding: .utf8)) ?? ""
        routes.get(PlatformURL.stylesheet.path) { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: css)))
        }
    }

}
