import Testing

@testable import Extraction

/// Figures stay exact or are not figures (issue 15: a 400-digit number became `inf`).
@Suite struct DecimalDigitsTests {
    @Test func valuesADoubleCannotHoldExactlyAreRefused() {
        #expect(DecimalDigits.value("123456789012345") == 123_456_789_012_345)
        #expect(DecimalDigits.value("1234567890123456") == nil)
        #expect(DecimalDigits.value(String(repeating: "9", count: 400)) == nil)
        #expect(DecimalDigits.value("0.000012") == 0.000012)
        #expect(DecimalDigits.value("12.50") == 12.5)
        #expect(DecimalDigits.value("97.25") == 97.25)
    }

    @Test func lexicalFormsAreDecimalsWithoutExponent() {
        #expect(DecimalDigits.lexical(12) == "12.0")
        #expect(DecimalDigits.lexical(12.5) == "12.5")
        #expect(DecimalDigits.lexical(-0.7) == "-0.7")
        #expect(DecimalDigits.lexical(0.00001) == "0.00001")
        #expect(DecimalDigits.lexical(1.25e-7) == "0.000000125")
        #expect(DecimalDigits.lexical(1e20) == "100000000000000000000.0")
        #expect(DecimalDigits.lexical(1.5e16) == "15000000000000000.0")
    }
}
