#include "models/output_changes.h"

#include <QHash>
#include <algorithm>

namespace loopstep {

namespace {

QString matchKey(const QString& text) {
    QString key = text;
    for (QChar& c : key)
        if (c.isDigit()) c = QLatin1Char('#');
    return key;
}

}  // namespace

std::vector<LineChange> compareOutputLines(const std::vector<PrintedLine>& before,
                                           const std::vector<PrintedLine>& after) {
    QHash<QString, std::vector<int>> rowsByKey;
    for (size_t i = 0; i < before.size(); ++i)
        rowsByKey[matchKey(before[i].text)].push_back(static_cast<int>(i));
    QHash<QString, size_t> used;
    std::vector<LineChange> changes(after.size());
    std::vector<int> matchedOld;
    for (size_t i = 0; i < after.size(); ++i) {
        const QString key = matchKey(after[i].text);
        const auto it = rowsByKey.constFind(key);
        size_t& n = used[key];
        if (it == rowsByKey.constEnd() || n >= it->size()) continue;
        LineChange& change = changes[i];
        change.previousRow = (*it)[n++];
        change.previousClock = before[static_cast<size_t>(change.previousRow)].clock;
        change.timeMoved = change.previousClock != after[i].clock;
        matchedOld.push_back(change.previousRow);
    }
    // A line kept its order when as many matched lines come before it now as did before.
    std::vector<int> sortedOld = matchedOld;
    std::sort(sortedOld.begin(), sortedOld.end());
    int rankNew = 0;
    for (LineChange& change : changes) {
        if (change.previousRow < 0) continue;
        const int rankOld = static_cast<int>(
            std::lower_bound(sortedOld.begin(), sortedOld.end(), change.previousRow) - sortedOld.begin());
        change.orderMoved = rankOld != rankNew++;
    }
    return changes;
}

}  // namespace loopstep
