// swift-tools-version:6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "minhbach",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "minhbach", targets: ["minhbach"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.29.0"),
    ],
    targets: [
        .executableTarget(
            name: "minhbach",
            dependencies: [
                "App",
                "Platform",
                "Localization",
                "WorkCalendar",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "App",
            dependencies: [
                "Platform",
                "Catalog",
                "Dossiers",
                "DossierRules",
                "Feedback",
                "Plans",
                "WorkCalendar",
                "Formats",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Platform",
            dependencies: ["Localization", 
                "TextSearch",
                "WorkCalendar",
                "Formats",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Catalog",
            dependencies: ["Localization", 
                "Platform", "TextSearch", "WorkCalendar",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Dossiers",
            dependencies: ["Localization", 
                "Platform", "Catalog", "DossierRules", "WorkCalendar", "Formats",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "FluentKit", package: "fluent-kit"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CatalogTests",
            dependencies: [
                "Catalog", "App",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(name: "DossierRules", dependencies: ["Localization", "WorkCalendar", "Formats"], swiftSettings: swiftSettings),
        .target(name: "PlanRules", dependencies: ["Localization", "WorkCalendar"], swiftSettings: swiftSettings),
        .target(name: "FeedbackRules", dependencies: ["Localization", "WorkCalendar", "TextSearch", "Formats"], swiftSettings: swiftSettings),
        .testTarget(name: "FeedbackRulesTests", dependencies: ["Localization", "TestKit", "FeedbackRules", "WorkCalendar", "TextSearch"], swiftSettings: swiftSettings),
        .target(
            name: "Feedback",
            dependencies: ["Localization", 
                "Platform", "Catalog", "FeedbackRules", "TextSearch", "WorkCalendar",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "FluentKit", package: "fluent-kit"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Plans",
            dependencies: ["Localization", 
                "Platform", "PlanRules", "WorkCalendar",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "FluentKit", package: "fluent-kit"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "PlanRulesTests", dependencies: ["Localization", "TestKit", "PlanRules", "WorkCalendar"], swiftSettings: swiftSettings),
        .testTarget(name: "DossierRulesTests", dependencies: ["TestKit", "DossierRules", "WorkCalendar"], swiftSettings: swiftSettings),
        .target(name: "WorkCalendar", dependencies: ["Localization"], resources: [.copy("Resources")], swiftSettings: swiftSettings),
        .target(name: "Localization", swiftSettings: swiftSettings),
        .executableTarget(name: "calendar-bench", dependencies: ["WorkCalendar"], swiftSettings: swiftSettings),
        .target(name: "TextSearch", swiftSettings: swiftSettings),
        .target(name: "Formats", swiftSettings: swiftSettings),
        .target(name: "TestKit", dependencies: ["WorkCalendar"], swiftSettings: swiftSettings),
        .executableTarget(name: "search-bench", dependencies: ["TextSearch"], swiftSettings: swiftSettings),
        .testTarget(name: "TextSearchTests", dependencies: ["TextSearch"], swiftSettings: swiftSettings),
        .testTarget(
            name: "AppTests",
            dependencies: ["Localization", 
                "App", "Catalog", "Dossiers", "DossierRules", "Feedback", "FeedbackRules", "Plans", "PlanRules", "TextSearch", "WorkCalendar",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PlatformTests",
            dependencies: ["Localization", "Platform", "Formats"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WorkCalendarTests",
            dependencies: ["Localization", "WorkCalendar", "TestKit"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
