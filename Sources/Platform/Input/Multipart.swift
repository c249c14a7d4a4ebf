import Foundation

/// A small `multipart/form-data` reader for file uploads (RFC 7578): text fields and files,
/// with the body already bounded by the caller.
public struct MultipartForm: Sendable {
    public struct File: Sendable {
        public var fieldName: String
        public var fileName: String
        public var contentType: String
        public var data: Data
    }

    public var fields: [String: String] = [:]
    public var files: [File] = []

    /// The boundary from a `Content-Type: multipart/form-data; boundary=…` header.
    public static func boundary(from contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for part in contentType.split(separator: ";").dropFirst() {
            let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    public init?(body: Data, boundary: String) {
        let delimiter = Data("--\(boundary)".utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        var cursor = body.startIndex
        guard let first = body.range(of: delimiter, in: cursor..<body.endIndex) else { return nil }
        cursor = first.upperBound
        while true {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            if body[cursor...].starts(with: Data("--".utf8)) { return }
            guard body[cursor...].starts(with: Data("\r\n".utf8)) else { return nil }
            cursor += 2
            guard let headersRange = body.range(of: headerEnd, in: cursor..<body.endIndex),
                  let next = body.range(of: Data("\r\n".utf8) + delimiter, in: headersRange.upperBound..<body.endIndex)
            else { return nil }
            let headers = String(decoding: body[cursor..<headersRange.lowerBound], as: UTF8.self)
            let content = body[headersRange.upperBound..<next.lowerBound]
            var name: String?
            var fileName: String?
            var contentType = "application/octet-stream"
            for line in headers.components(separatedBy: "\r\n") {
                let lower = line.lowercased()
                if lower.hasPrefix("content-disposition:") {
                    name = Self.parameter("name", in: line)
                    fileName = Self.parameter("filename", in: line)
                } else if lower.hasPrefix("content-type:") {
                    contentType = line.dropFirst("content-type:".count).trimmingCharacters(in: .whitespaces)
                }
            }
            if let name {
                if let fileName {
                    files.append(File(fieldName: name, fileName: fileName, contentType: contentType, data: Data(content)))
                } else {
                    fields[name] = String(decoding: content, as: UTF8.self)
                }
            }
            cursor = next.upperBound
        }
    }

    static func parameter(_ key: String, in header: String) -> String? {
        for part in header.split(separator: ";") {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard trimmed.lowercased().hasPrefix("\(key)=") else { continue }
            return String(trimmed.dropFirst(key.count + 1)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }
}

/// Which uploaded files we accept: office documents and PDFs, recognised by their first bytes
/// as well as their name, within a size limit.
public enum UploadPolicy {
    public static let maxBytes = 5 * 1024 * 1024

    public enum Problem: Sendable, Equatable { case empty, tooLarge, forbiddenType }

    /// The content type to serve the file with, or the problem.
    public static func check(fileName: String, data: Data) -> Result<String, UploadProblem> {
        if data.isEmpty { return .failure(.init(.empty)) }
        if data.count > maxBytes { return .failure(.init(.tooLarge)) }
        let ext = (fileName as NSString).pathExtension.lowercased()
        let zip = data.starts(with: [0x50, 0x4B, 0x03, 0x04])
        let ole = data.starts(with: [0xD0, 0xCF, 0x11, 0xE0])
        let pdf = data.starts(with: Array("%PDF".utf8))
        let types: [String: (Bool, String)] = [
            "pdf": (pdf, "application/pdf"),
            "docx": (zip, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "xlsx": (zip, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "odt": (zip, "application/vnd.oasis.opendocument.text"),
            "doc": (ole, "application/msword"),
            "xls": (ole, "application/vnd.ms-excel"),
        ]
        guard let (matches, type) = types[ext], matches else { return .failure(.init(.forbiddenType)) }
        return .success(type)
    }

    public struct UploadProblem: Error, Sendable, Equatable {
        public var problem: Problem
        init(_ problem: Problem) { self.problem = problem }
    }
}
