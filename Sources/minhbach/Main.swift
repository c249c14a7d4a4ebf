import App
import ArgumentParser
import Foundation
import Localization
import Platform
import WorkCalendar

@main
struct Minhbach: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minhbach",
        abstract: "Minh Bạch — kiểm soát thủ tục hành chính công khai.",
        subcommands: [Serve.self, Demo.self, Migrate.self, Backup.self, Restore.self, UnitsCommand.self, UsersCommand.self, CalendarCommand.self, ProceduresCommand.self, DemoDataCommand.self, DossiersCommand.self],
        defaultSubcommand: Serve.self)
}

/// Runs a command that opens the database or serves: a failure is one line on standard error
/// (Vietnamese, then English) and exit status 1, never a backtrace.
func reportingFailures(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let exit as ExitCode {
        throw exit
    } catch let error as CommandError {
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
        throw ExitCode(1)
    } catch {
        let failure = error as? StartFailure
            ?? StartFailure(LocalizedText(StartFailure.oneLine(error), StartFailure.oneLine(error)))
        FileHandle.standardError.write(Data((failure.description + "\n").utf8))
        throw ExitCode(1)
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Chạy máy chủ (không nạp dữ liệu mẫu).")
    func run() async throws { try await reportingFailures { try await Commands.serve(.fromEnvironment(), demo: false) } }
}

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Nạp dữ liệu mẫu (chạy lại không đổi gì) rồi chạy máy chủ.")
    @Flag(help: "Chỉ nạp dữ liệu mẫu, không chạy máy chủ.") var noServe = false
    func run() async throws {
        try await reportingFailures {
            if noServe {
                _ = try await Commands.withEnvironment(.fromEnvironment()) { try await DemoData.load($0).map(\.0) }
            } else {
                try await Commands.serve(.fromEnvironment(), demo: true)
            }
        }
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Cập nhật cấu trúc cơ sở dữ liệu.")
    func run() async throws { try await reportingFailures { try await Commands.migrate(.fromEnvironment()) } }
}

struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Sao lưu cơ sở dữ liệu SQLite trong khi máy chủ vẫn chạy.")
    @Argument(help: "Tệp sao lưu (chưa có)") var file: String
    func run() async throws {
        try await reportingFailures {
            let summary = try await BackupCommands.backup(to: file, config: .fromEnvironment())
            print("Đã sao lưu / backed up: \(summary.path) (\(summary.tables) bảng / tables, \(summary.bytes / 1024) KB)")
        }
    }
}

struct Restore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Khôi phục cơ sở dữ liệu SQLite từ bản sao lưu (dừng máy chủ trước).")
    @Argument(help: "Tệp sao lưu") var file: String
    func run() async throws {
        try await reportingFailures {
            let summary = try await BackupCommands.restore(from: file, config: .fromEnvironment())
            print("Đã khôi phục / restored: \(summary.path) (\(summary.tables) bảng / tables)")
        }
    }
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

struct CalendarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: "Âm lịch, ngày nghỉ và tính hạn.", subcommands: [Lunar.self, Holidays.self, Due.self])

    struct Lunar: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Đổi ngày dương lịch sang âm lịch (UTC+7).")
        @Argument(help: "Ngày, yyyy-MM-dd hoặc dd/MM/yyyy") var date: String
        @Flag(help: "In JSON") var json = false
        func run() throws { print(try CalendarCommands.lunar(date, json: json)) }
    }

    struct Holidays: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ngày nghỉ lễ, nghỉ bù và làm bù của một năm.")
        @Argument var year: Int
        @Flag(help: "In JSON") var json = false
        func run() async throws {
            for line in try await CalendarCommands.holidays(year, json: json, config: .fromEnvironment()) { print(line) }
        }
    }

    struct Due: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Tính hạn và giải thích cách tính.")
        @Option(help: "Thời điểm nhận, yyyy-MM-ddTHH:mm") var from: String
        @Option(help: "Số ngày làm việc") var workingDays: Int?
        @Option(help: "Số ngày (kể cả ngày nghỉ)") var calendarDays: Int?
        @Option(help: "Số giờ làm việc") var hours: Int?
        @Option(help: "Số tháng") var months: Int?
        @Flag(help: "Trả trong ngày") var withinDay = false
        @Option(help: "Giờ chốt, HH:mm (mặc định 15:00)") var cutoff: String = "15:00"
        @Flag(help: "Không áp dụng giờ chốt") var noCutoff = false
        @Flag(help: "In JSON") var json = false

        func validate() throws {
            let given = [workingDays, calendarDays, hours, months].compactMap { $0 }.count + (withinDay ? 1 : 0)
            guard given == 1 else { throw ValidationError("Chọn đúng một thời hạn: --working-days, --calendar-days, --hours, --months hoặc --within-day") }
            guard noCutoff || CalendarForms.minutesOfDay(cutoff) != nil else { throw ValidationError("Giờ chốt không hợp lệ: \(cutoff)") }
        }

        func run() async throws {
            let period: Period = if let workingDays { .workingDays(workingDays) } else if let calendarDays { .calendarDays(calendarDays) }
                else if let hours { .hours(hours) } else if let months { .months(months) } else { .withinDay }
            print(try await CalendarCommands.due(
                from: from, period: period, cutoff: noCutoff ? nil : CalendarForms.minutesOfDay(cutoff), json: json, config: .fromEnvironment()))
        }
    }
}

struct ProceduresCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "procedures", abstract: "Danh mục thủ tục hành chính.", subcommands: [Import.self, Export.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Nạp thủ tục: JSON của Cổng DVC quốc gia, JSON có cấu trúc, danh sách XLSX, hoặc tệp xuất của Minh Bạch (JSON, CSV).")
        @Argument(help: "Tệp hoặc thư mục") var paths: [String]
        func run() async throws {
            let s = try await CatalogCommands.importPaths(paths, config: .fromEnvironment())
            print("Tạo mới / created: \(s.created), cập nhật / updated: \(s.updated), không đổi / unchanged: \(s.unchanged), cảnh báo / warnings: \(s.warnings), từ chối / rejected: \(s.rejected.count)")
            for r in s.rejected { print("  ✗ \(r.file): \(r.reason)") }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Xuất toàn bộ danh mục ra JSON hoặc CSV (ra màn hình, hoặc vào tệp; tệp .gz được nén gzip).")
        @Option(help: "json hoặc csv") var format: String = "json"
        @Option(help: "Tệp ghi ra; tên kết thúc bằng .gz thì nén gzip (nạp lại được bằng procedures import)") var output: String?
        func validate() throws {
            guard ["json", "csv"].contains(format) else { throw ValidationError("--format json|csv") }
        }
        func run() async throws {
            try await reportingFailures {
                let data = try await CatalogCommands.export(format: format, compressed: output?.hasSuffix(".gz") == true, config: .fromEnvironment())
                guard let output else { return FileHandle.standardOutput.write(data) }
                do { try data.write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
                    throw CommandError(S.cliCannotWrite, output)
                }
            }
        }
    }
}

struct DemoDataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo-data", abstract: "Sinh dữ liệu mẫu số lượng lớn.", subcommands: [Dossiers.self])

    struct Dossiers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Sinh N hồ sơ một cửa giống thật (2024 đến nay) để đo hiệu năng.")
        @Option(help: "Số hồ sơ") var count: Int = 1000
        @Option(help: "Hạt giống ngẫu nhiên") var seed: UInt64 = 1
        @Option(help: "Ghi tối đa 10.000 dòng 'MÃ 4SỐCUỐI' vào tệp này") var codesOut: String?
        func validate() throws {
            guard count > 0 else { throw ValidationError("--count phải lớn hơn 0") }
        }
        func run() async throws {
            try await DossierCommands.generate(count: count, seed: seed, codesOut: codesOut, config: .fromEnvironment())
        }
    }
}

struct DossiersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dossiers", abstract: "Hồ sơ một cửa.", subcommands: [Report.self])

    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Tính biểu II.06a cho một kỳ và in thời gian tính.")
        @Option(help: "yyyy-mm-dd") var from: String
        @Option(help: "yyyy-mm-dd") var to: String
        @Option(help: "Số lần chạy") var `repeat`: Int = 1
        func run() async throws {
            guard let from = LocalDate(iso: from), let to = LocalDate(iso: to) else { throw ValidationError("--from/--to: yyyy-mm-dd") }
            try await DossierCommands.report(from: from, to: to, repeat: `repeat`, config: .fromEnvironment())
        }
    }
}
