// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "papers-tui",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "papers-tui", targets: ["papers-tui"]),
        .executable(name: "papers-bench", targets: ["papers-bench"]),
        // For the fuzz targets in Fuzz/, which build against the library targets.
        .library(name: "ReaderStore", targets: ["ReaderStore"]),
        .library(name: "ReaderUI", targets: ["ReaderUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "ReaderStore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            // Built by scripts/build-sample from the recorded feeds in ../shared/fixtures/arxiv.
            resources: [.copy("Resources/BundledSample")]
        ),
        .target(
            name: "ReaderUI",
            dependencies: ["ReaderStore", "CNcurses"]
        ),
        .executableTarget(
            name: "papers-tui",
            dependencies: [
                "ReaderStore",
                "ReaderUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "papers-bench",
            dependencies: [
                "ReaderStore",
                "ReaderUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "TestSupport",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "ReaderStoreTests",
            dependencies: ["ReaderStore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "ReaderUITests",
            dependencies: ["ReaderUI", "ReaderStore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "EndToEndTests",
            // ReaderStore only to build large caches quickly and to check a cache the binary left.
            dependencies: ["TestSupport", "ReaderStore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
