import Foundation
import Testing
@testable import Platform

@Suite("Random tokens")
struct TokensTests {
    @Test("base64url without padding equals Foundation's base64 with the URL alphabet, for every tail length")
    func encoding() {
        var generator = SystemRandomNumberGenerator()
        for count in 0...40 {
            let bytes = (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            let expected = Data(bytes).base64EncodedString()
                .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
            #expect(Tokens.base64URL(bytes[...]) == expected, "\(count) bytes")
        }
    }

    @Test("A default token is 43 URL-safe characters carrying 32 bytes, and tokens differ")
    func shape() {
        let tokens = (0..<200).map { _ in Tokens.random() }
        #expect(Set(tokens).count == tokens.count)
        for token in tokens {
            #expect(token.utf8.count == 43)
            #expect(token.utf8.allSatisfy { Tokens.alphabet.contains($0) })
            let padded = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/") + "="
            #expect(Data(base64Encoded: padded)?.count == 32)
        }
        #expect(Tokens.random(bytes: 5).utf8.count == 7)
    }
}
