/// A light English suffix stripper, enough for "models", "modeling" and "modelled" to meet
/// "model". It only has to be consistent with itself: stems are hashed, never shown.
enum SuffixStemmer {
    /// Stems the lowercase ASCII word in `word[0..<length]` in place; returns the stem's length.
    static func stem(_ word: UnsafeMutableBufferPointer<UInt8>, length: Int) -> Int {
        var length = length
        guard length > 3, isASCIILetters(word, length) else { return length }
        func endsWith(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard length > count else { return false }
            let start = suffix.utf8Start
            for offset in 0..<count where word[length - count + offset] != start[offset] { return false }
            return true
        }
        if endsWith("ies"), length > 4 {
            length -= 2
            word[length - 1] = UInt8(ascii: "y")
        } else if endsWith("sses") {
            length -= 2
        } else if word[length - 1] == UInt8(ascii: "s"), !endsWith("ss"), !endsWith("us"), !endsWith("is") {
            length -= 1
        }
        if endsWith("ing"), length > 5 {
            length -= 3
            length = undoubled(word, length)
        } else if endsWith("ed"), length > 4, !endsWith("eed") {
            length -= 2
            length = undoubled(word, length)
        }
        if length > 3, word[length - 1] == UInt8(ascii: "e") { length -= 1 }
        return length
    }

    /// "modell" from "modelled" becomes "model", "runn" becomes "run"; "pass" and "fall" keep theirs.
    private static func undoubled(_ word: UnsafeMutableBufferPointer<UInt8>, _ length: Int) -> Int {
        guard length > 3, word[length - 1] == word[length - 2] else { return length }
        let last = word[length - 1]
        let keepsDouble = last == UInt8(ascii: "s") || last == UInt8(ascii: "z") || isVowel(last)
        return keepsDouble ? length : length - 1
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i")
            || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u")
    }

    private static func isASCIILetters(_ word: UnsafeMutableBufferPointer<UInt8>, _ length: Int) -> Bool {
        for index in 0..<length where !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains(word[index]) { return false }
        return true
    }
}
