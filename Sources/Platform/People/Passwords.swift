import Foundation
import HummingbirdBcrypt

/// Password hashing with bcrypt. Hashing is slow on purpose, so it runs off the event loop.
public enum Passwords {
    public static let minimumLength = 10

    public static func hash(_ password: String, cost: UInt8) async -> String {
        await Task.detached { Bcrypt.hash(password, cost: cost) }.value
    }

    public static func verify(_ password: String, hash: String) async -> Bool {
        await Task.detached { Bcrypt.verify(password, hash: hash) }.value
    }

    /// Long enough and not only one kind of character.
    public static func isStrongEnough(_ password: String) -> Bool {
        guard password.count >= minimumLength else { return false }
        return Set(password).count >= 4
    }
}
