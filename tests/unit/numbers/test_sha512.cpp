// SHA-512 against digests computed by CPython's hashlib: the empty message, one block, a message
// whose padding needs a second block, and several blocks.
#include <QtTest>
#include <array>
#include <cstdint>
#include <cstdio>
#include <string>

#include "numbers/sha512.h"

using namespace loopstep;

namespace {

std::string hex(const std::array<uint8_t, 64>& digest) {
    std::string out;
    char buf[3];
    for (uint8_t b : digest) {
        std::snprintf(buf, sizeof buf, "%02x", b);
        out += buf;
    }
    return out;
}

}  // namespace

class TestSha512 : public QObject {
    Q_OBJECT

private slots:
    void known_digests_data();
    void known_digests();
};

void TestSha512::known_digests_data() {
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("digest");
    QTest::newRow("empty") << QString() << QString(
        "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e");
    QTest::newRow("abc") << QString("abc") << QString(
        "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
    QTest::newRow("111 a, one padded block") << QString(111, 'a') << QString(
        "fa9121c7b32b9e01733d034cfc78cbf67f926c7ed83e82200ef86818196921760b4beff48404df811b953828274461673c68d04e297b0eb7b2b4d60fc6b566a2");
    QTest::newRow("112 a, padding spills") << QString(112, 'a') << QString(
        "c01d080efd492776a1c43bd23dd99d0a2e626d481e16782e75d54c2503b5dc32bd05f0f1ba33e568b88fd2d970929b719ecbb152f58f130a407c8830604b70ca");
    QTest::newRow("128 a, a whole block") << QString(128, 'a') << QString(
        "b73d1929aa615934e61a871596b3f3b33359f42b8175602e89f7e06e5f658a243667807ed300314b95cacdd579f3e33abdfbe351909519a846d465c59582f321");
    QTest::newRow("200 a") << QString(200, 'a') << QString(
        "4b11459c33f52a22ee8236782714c150a3b2c60994e9acee17fe68947a3e6789f31e7668394592da7bef827cddca88c4e6f86e4df7ed1ae6cba71f3e98faee9f");
}

void TestSha512::known_digests() {
    QFETCH(QString, message);
    QFETCH(QString, digest);
    QCOMPARE(QString::fromStdString(hex(sha512(message.toStdString()))), digest);
}

QTEST_APPLESS_MAIN(TestSha512)
#include "test_sha512.moc"
