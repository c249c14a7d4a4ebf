import App
import ArgumentParser
import Foundation
import Platform

@main
struct Minhbach: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minhbach",
        abstract: "Minh Bạch — kiểm soát thủ tục hành chính công khai.",
        subcommands: [Serve.self, Demo.self, Migrate.self, UnitsCommand.self, UsersCommand.self],
        defaultSubcommand: Serve.self)
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Chạy máy chủ (không nạp dữ liệu mẫu).")
    func run() async throws { try await Commands.serve(.fromEnvironment(), demo: false) }
}

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Nạp dữ liệu mẫu (chạy lại không đổi gì) rồi chạy máy chủ.")
    @Flag(help: "Chỉ nạp dữ liệu mẫu, không chạy máy chủ.") var noServe = false
    func run() async throws {
        if noServe {
            _ = try await Commands.withEnvironment(.fromEnvironment()) { try await DemoData.load($0).map(\.0) }
        } else {
            try await Commands.serve(.fromEnvironment(), demo: true)
        }
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Cập nhật cấu trúc cơ sở dữ liệu.")
    func run() async throws { try await Commands.migrate(.fromEnvironment()) }
}

struct UnitsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "units", abstract: "Đơn vị.", subcommands: [Import.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Nạp danh mục đơn vị hành chính (JSON của Tổng cục Thống kê, trước hoặc sau 2025).")
        @Argument(help: "Tệp JSON") var file: String
        @Option(help: "Chỉ nạp một tỉnh (mã thống kê, ví dụ 40 = Nghệ An).") var province: String?
        func run() async throws {
            do {
                let s = try await Commands.importUnits(.fromEnvironment(), path: file, province: province)
                print("Tạo mới / created: \(s.created), cập nhật / updated: \(s.updated), không đổi / unchanged: \(s.unchanged)")
            } catch let error as GSOImport.FormatError {
                print("Không nạp được \(file) (không có gì được ghi) / nothing imported: \(error.description)")
                throw ExitCode(2)
            }
        }
    }
}

struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "users", abstract: "Tài khoản cán bộ.", subcommands: [Create.self, ResetPassword.self, Disable.self])

    struct Create: AsyncParsableCommand {
        @Argument var username: String
        @Option(help: "Họ và tên") var name: String
        @Option(help: "Mã định danh hoặc id của đơn vị") var unit: String
        @Option(help: "Vai trò, cách nhau bằng dấu phẩy: administrator, coordinator, unit_lead, officer, one_stop_officer, editor") var roles: String
        @Option(help: "Mật khẩu ban đầu (phải đổi khi đăng nhập lần đầu)") var password: String
        func run() async throws {
            let parsed = Role.parseList(roles)
            guard !parsed.isEmpty else { throw ValidationError("Vai trò không hợp lệ / unknown roles") }
            guard Passwords.isStrongEnough(password) else { throw ValidationError("Mật khẩu quá yếu / password too weak") }
            try await Commands.createUser(.fromEnvironment(), username: username, fullName: name, unitCode: unit, roles: parsed, password: password)
            print("Đã tạo tài khoản \(username).")
        }
    }

    struct ResetPassword: AsyncParsableCommand {
        @Argument var username: String
        @Option var password: String
        func run() async throws {
            guard Passwords.isStrongEnough(password) else { throw ValidationError("Mật khẩu quá yếu / password too weak") }
            try await Commands.resetPassword(.fromEnvironment(), username: username, password: password)
            print("Đã đặt lại mật khẩu cho \(username).")
        }
    }

    struct Disable: AsyncParsableCommand {
        @Argument var username: String
        @Flag(help: "Mở khóa thay vì khóa") var enable = false
        func run() async throws {
            try await Commands.setDisabled(.fromEnvironment(), username: username, disabled: !enable)
            print(enable ? "Đã mở khóa \(username)." : "Đã khóa \(username).")
        }
    }
}
