extension Plan {
    /// A draft for the next year, made from this plan ("copy a plan to the next year"):
    /// - the year and every dated task time move one year on ("Quý II/2024" → "Quý II/2025",
    ///   30/6/2024 → 30/6/2025; 29/02 → 28/02); ongoing and recurring times follow the year;
    /// - the title's mentions of the year ("năm 2024") become the next year;
    /// - status back to draft; number and date cleared (a new document gets its own);
    /// - the plan it implemented is cleared: next year's provincial plan is a different document;
    /// - legal bases, purposes, duties, recipients, assignees and metrics are kept as they are;
    /// - reports are not part of a plan, so none are copied.
    public func copiedToNextYear() -> Plan {
        var copy = self
        copy.year = year + 1
        copy.title = Plan.replacingYear(in: title, from: year, to: year + 1)
        copy.status = .draft
        copy.reference = DocumentReference(serial: nil, symbol: reference.symbol, date: nil)
        copy.implements = nil
        for s in copy.sections.indices {
            for t in copy.sections[s].tasks.indices {
                var task = copy.sections[s].tasks[t]
                let shifted = task.time.shiftedByOneYear()
                if shifted != task.time { task.timeText = shifted.text.vi }
                task.time = shifted
                copy.sections[s].tasks[t] = task
            }
        }
        return copy
    }

    /// Replaces `from` written as a whole number (not inside a longer number such as a document
    /// number "122/KH-UBND") with `to`.
    static func replacingYear(in text: String, from: Int, to: Int) -> String {
        let needle = Array(String(from))
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            let end = index + needle.count
            if end <= characters.count, Array(characters[index..<end]) == needle,
               index == 0 || !characters[index - 1].isNumber,
               end == characters.count || !characters[end].isNumber {
                result += String(to)
                index = end
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }
}
