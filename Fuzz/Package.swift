// swift-tools-version:6.1
// libFuzzer targets for the parsers that read remote or typed text. A package of its own because a
// fuzzer binary has no `main` (libFuzzer brings it) and every module in it is built with
// `-sanitize=fuzzer`; `scripts/fuzz` builds and runs it.
import PackageDescription

let package = Package(
    name: "papers-fuzz",
    dependencies: [
        .package(name: "papers-tui", path: ".."),
    ],
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "papers-fuzz",
            dependencies: [
                "CFuzzerDriver",
                .product(name: "ReaderStore", package: "papers-tui"),
                .product(name: "ReaderUI", package: "papers-tui"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
