// Booking codes: the check symbol catches every single substitution and every adjacent
// transposition (proved exhaustively below), normalisation forgives what people type, and
// generation is uniform.

#include "domain/bookingcode.h"

#include <QTest>

#include <array>
#include <cctype>
#include <random>
#include <utility>
#include <vector>

using namespace bk::bookingcode;

namespace {

// The rule as written in the design, independent of the implementation's arithmetic.
int specSum(const std::string &code)
{
    int sum = 0;
    for (std::size_t i = 0; i < code.size(); ++i)
        sum += int(i + 1) * int(kAlphabet.find(code[i]));
    return sum % 31;
}

// A valid code holding `fixed` values at the given positions: one further position is free
// and, since its weight is invertible mod 31, exactly one value of it makes the code valid.
std::string validWith(const std::vector<std::pair<std::size_t, int>> &fixed)
{
    std::string code(kLength, '0');
    for (const auto &[pos, value] : fixed)
        code[pos] = kAlphabet[std::size_t(value)];
    std::size_t free = 0;
    auto isFixed = [&](std::size_t p) {
        for (const auto &f : fixed) {
            if (f.first == p)
                return true;
        }
        return false;
    };
    while (isFixed(free))
        ++free;
    for (std::size_t v = 0; v < kAlphabet.size(); ++v) {
        code[free] = kAlphabet[v];
        if (isValid(code))
            return code;
    }
    return {};
}

std::vector<std::string> baseCodes()
{
    std::vector<std::string> codes = {"K7M3QX9S", "10K0M1Q2", "00000000",
                                      "ZZZZZZZK", "ABCDEFGD", "1234567Y"};
    std::mt19937 rng(20260329);
    for (int i = 0; i < 500; ++i)
        codes.push_back(generate([&rng] { return std::uint32_t(rng()); }));
    return codes;
}

} // namespace

class TestBookingCode : public QObject
{
    Q_OBJECT

private slots:
    void alphabetHasNoLookAlikes()
    {
        QCOMPARE(kAlphabet.size(), std::size_t(31));
        for (char c : std::string_view("ILOUV"))
            QVERIFY(kAlphabet.find(c) == std::string_view::npos);
        for (std::size_t i = 0; i < kAlphabet.size(); ++i)
            QCOMPARE(symbolValue(kAlphabet[i]), int(i));
        QCOMPARE(symbolValue('a'), -1);
        QCOMPARE(symbolValue('\0'), -1);
    }

    void checkSymbolFollowsTheWrittenRule()
    {
        for (const std::string &code : baseCodes()) {
            QCOMPARE(specSum(code), 0);
            QCOMPARE(checkSymbol(code.substr(0, kDataLength)), code.back());
            QVERIFY(isValid(code));
        }
        QCOMPARE(checkSymbol("K7M3QX9"), 'S');
        QCOMPARE(checkSymbol("K7M3QX"), '\0');
        QCOMPARE(checkSymbol("K7M3QX9A"), '\0');
        QCOMPARE(checkSymbol("k7m3qx9"), '\0'); // canonical input only
        QCOMPARE(checkSymbol("K7M3QXO"), '\0');
    }

    // Every position x every other symbol, on many base codes.
    void everySubstitutionIsRejected()
    {
        int tried = 0;
        for (const std::string &base : baseCodes()) {
            for (std::size_t pos = 0; pos < kLength; ++pos) {
                for (char s : kAlphabet) {
                    if (s == base[pos])
                        continue;
                    std::string bad = base;
                    bad[pos] = s;
                    ++tried;
                    if (isValid(bad))
                        QFAIL(qPrintable(
                            QStringLiteral("accepted %1 (from %2)")
                                .arg(QString::fromStdString(bad), QString::fromStdString(base))));
                    QCOMPARE(bk::bookingcode::normalise(bad).error,
                             std::optional(CodeError::BadCheck));
                }
            }
        }
        QCOMPARE(tried, int(baseCodes().size()) * 8 * 30);
    }

    // Every adjacent pair of positions with different symbols, on many base codes.
    void everyAdjacentTranspositionIsRejected()
    {
        for (const std::string &base : baseCodes()) {
            for (std::size_t pos = 0; pos + 1 < kLength; ++pos) {
                if (base[pos] == base[pos + 1])
                    continue;
                std::string bad = base;
                std::swap(bad[pos], bad[pos + 1]);
                QVERIFY2(!isValid(bad), bad.c_str());
            }
        }
    }

    // The check is linear, so whether a change is caught depends only on the position and the
    // symbols involved, never on the rest of the code. Covering every (position, old, new)
    // and every (adjacent pair, a, b) therefore covers every code there is.
    void everySubstitutionByPositionAndDelta()
    {
        for (std::size_t pos = 0; pos < kLength; ++pos) {
            for (int from = 0; from < 31; ++from) {
                const std::string base = validWith({{pos, from}});
                QVERIFY(isValid(base));
                for (int to = 0; to < 31; ++to) {
                    if (to == from)
                        continue;
                    std::string bad = base;
                    bad[pos] = kAlphabet[std::size_t(to)];
                    QVERIFY2(!isValid(bad), bad.c_str());
                }
            }
        }
    }

    void everyTranspositionByPositionAndSymbols()
    {
        int tried = 0;
        for (std::size_t pos = 0; pos + 1 < kLength; ++pos) {
            for (int a = 0; a < 31; ++a) {
                for (int b = 0; b < 31; ++b) {
                    if (a == b)
                        continue;
                    const std::string base = validWith({{pos, a}, {pos + 1, b}});
                    QVERIFY(isValid(base));
                    std::string bad = base;
                    std::swap(bad[pos], bad[pos + 1]);
                    ++tried;
                    QVERIFY2(!isValid(bad), bad.c_str());
                }
            }
        }
        QCOMPARE(tried, 7 * 31 * 30);
    }

    void normalise_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("error"); // -1 = ok

        const int ok = -1;
        QTest::newRow("canonical") << "K7M3QX9S"
                                   << "K7M3QX9S" << ok;
        QTest::newRow("grouped") << "K7M3-QX9S"
                                 << "K7M3QX9S" << ok;
        QTest::newRow("lower case") << "k7m3qx9s"
                                    << "K7M3QX9S" << ok;
        QTest::newRow("mixed case") << "k7M3-qX9s"
                                    << "K7M3QX9S" << ok;
        QTest::newRow("spaces") << "  K7M3 QX9S "
                                << "K7M3QX9S" << ok;
        QTest::newRow("dots") << "K7.M3.QX.9S"
                              << "K7M3QX9S" << ok;
        QTest::newRow("many dashes") << "-K7-M3--QX9S-"
                                     << "K7M3QX9S" << ok;
        QTest::newRow("zeros") << "10K0M1Q2"
                               << "10K0M1Q2" << ok;
        QTest::newRow("O for 0") << "1OK0M1Q2"
                                 << "10K0M1Q2" << ok;
        QTest::newRow("o for 0") << "10Kom1q2"
                                 << "10K0M1Q2" << ok;
        QTest::newRow("I for 1") << "I0K0MIQ2"
                                 << "10K0M1Q2" << ok;
        QTest::newRow("i for 1") << "i0K0Miq2"
                                 << "10K0M1Q2" << ok;
        QTest::newRow("L for 1") << "L0K0MLQ2"
                                 << "10K0M1Q2" << ok;
        QTest::newRow("l for 1") << "l0k0-mlq2"
                                 << "10K0M1Q2" << ok;
        QTest::newRow("empty") << ""
                               << "" << int(CodeError::Empty);
        QTest::newRow("only separators") << " - . "
                                         << "" << int(CodeError::Empty);
        QTest::newRow("too short") << "K7M3QX9"
                                   << "" << int(CodeError::WrongLength);
        QTest::newRow("too long") << "K7M3QX9SS"
                                  << "" << int(CodeError::WrongLength);
        QTest::newRow("U refused") << "K7M3QX9U"
                                   << "" << int(CodeError::BadCharacter);
        QTest::newRow("v refused") << "k7m3qx9v"
                                   << "" << int(CodeError::BadCharacter);
        QTest::newRow("slash") << "K7M3/QX9S"
                               << "" << int(CodeError::BadCharacter);
        QTest::newRow("tab") << "K7M3\tQX9S"
                             << "" << int(CodeError::BadCharacter);
        QTest::newRow("non-ascii")
            << QStringLiteral("K7M3QX9Ø") << "" << int(CodeError::BadCharacter);
        QTest::newRow("bad check") << "K7M3QX9T"
                                   << "K7M3QX9T" << int(CodeError::BadCheck);
        QTest::newRow("transposed") << "7KM3QX9S"
                                    << "7KM3QX9S" << int(CodeError::BadCheck);
    }

    void normalise()
    {
        QFETCH(QString, typed);
        QFETCH(QString, code);
        QFETCH(int, error);
        const Normalised n = bk::bookingcode::normalise(typed.toStdString());
        QCOMPARE(QString::fromStdString(n.code), code);
        QCOMPARE(n.ok(), error < 0);
        if (error >= 0)
            QCOMPARE(int(*n.error), error);
        else
            QVERIFY(isValid(n.code));
    }

    void normaliseLongInputStaysSmall()
    {
        const std::string huge(100000, 'A');
        const Normalised n = bk::bookingcode::normalise(huge);
        QCOMPARE(n.error, std::optional(CodeError::WrongLength));
        QVERIFY(n.code.empty());
    }

    void isValidWantsCanonicalForm()
    {
        QVERIFY(isValid("K7M3QX9S"));
        QVERIFY(!isValid("k7m3qx9s"));
        QVERIFY(!isValid("K7M3-QX9S"));
        QVERIFY(!isValid(""));
        QVERIFY(!isValid("K7M3QX9"));
        QVERIFY(!isValid(std::string_view("K7M3QX9S\0", 9)));
    }

    void groupedForm()
    {
        QCOMPARE(grouped("K7M3QX9S"), std::string("K7M3-QX9S"));
        QCOMPARE(grouped("10K0M1Q2"), std::string("10K0-M1Q2"));
        QCOMPARE(grouped("K7M3"), std::string("K7M3"));
        QCOMPARE(grouped(""), std::string());
    }

    void errorKeysAreStable()
    {
        QCOMPARE(errorKey(CodeError::Empty), std::string_view("empty"));
        QCOMPARE(errorKey(CodeError::WrongLength), std::string_view("wrong-length"));
        QCOMPARE(errorKey(CodeError::BadCharacter), std::string_view("bad-character"));
        QCOMPARE(errorKey(CodeError::BadCheck), std::string_view("bad-check"));
    }

    void generationUsesEverySymbolEvenly()
    {
        std::mt19937 rng(42);
        std::array<int, 31> dataCounts{};
        std::array<int, 31> checkCounts{};
        const int codes = 31 * 1000;
        for (int i = 0; i < codes; ++i) {
            const std::string c = generate([&rng] { return std::uint32_t(rng()); });
            QCOMPARE(c.size(), kLength);
            QVERIFY(isValid(c));
            for (std::size_t p = 0; p < kDataLength; ++p)
                ++dataCounts[std::size_t(symbolValue(c[p]))];
            ++checkCounts[std::size_t(symbolValue(c.back()))];
        }
        // 7000 expected per symbol; a standard deviation is about 82, so ±10 % is > 8 sigma.
        const int expected = codes * int(kDataLength) / 31;
        for (int n : dataCounts) {
            QVERIFY2(n > expected * 9 / 10 && n < expected * 11 / 10,
                     qPrintable(QString::number(n)));
        }
        for (int n : checkCounts)
            QVERIFY(n > 0);
    }

    void generationRejectsTheBiasedTail()
    {
        // 2^32 - 4 is the first value past the largest multiple of 31: it must be drawn again,
        // while 2^32 - 5 is the last accepted value and maps to the last symbol.
        const std::array<std::uint32_t, 10> values = {
            0xFFFFFFFFu, 0xFFFFFFFCu, 0xFFFFFFFBu, 1, 2, 3, 4, 5, 6, 0xFFFFFFFDu};
        std::size_t next = 0;
        const std::string c = generate([&] { return values[next++]; });
        QCOMPARE(next, std::size_t(9));
        QCOMPARE(c.substr(0, kDataLength), std::string("Z123456"));
        QVERIFY(isValid(c));
    }

    void systemRandomGivesValidCodes()
    {
        for (int i = 0; i < 50; ++i)
            QVERIFY(isValid(generate()));
    }

    void roundTrip()
    {
        std::mt19937 rng(7);
        for (int i = 0; i < 2000; ++i) {
            const std::string c = generate([&rng] { return std::uint32_t(rng()); });
            const std::string g = grouped(c);
            QCOMPARE(bk::bookingcode::normalise(g).code, c);
            std::string lower = g;
            for (char &ch : lower)
                ch = char(std::tolower(static_cast<unsigned char>(ch)));
            QCOMPARE(bk::bookingcode::normalise(lower).code, c);
            QCOMPARE(bk::bookingcode::normalise(" " + lower + " ").code, c);
        }
    }
};

QTEST_APPLESS_MAIN(TestBookingCode)
#include "tst_bookingcode.moc"
