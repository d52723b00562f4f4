#include "core/lesson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace loopstep {

namespace {

// `try` is one object or a list of them.
QList<ParameterValue> parseTries(const QJsonValue& value) {
    QList<ParameterValue> tries;
    const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue& item : items) {
        const QJsonObject o = item.toObject();
        if (o.contains(QStringLiteral("parameter")))
            tries.append({o.value(QStringLiteral("parameter")).toString(), o.value(QStringLiteral("value")).toDouble()});
    }
    return tries;
}

QList<int> parseLines(const QJsonValue& value) {
    QList<int> lines;
    for (const QJsonValue& v : value.toArray()) lines.append(v.toInt());
    return lines;
}

}  // namespace

QString Lesson::noteForTick(long tick, bool lastTick) const {
    const QString note = tickNotes.value(QStringLiteral("T%1").arg(tick));
    if (!lastTick) return note;
    const QString end = tickNotes.value(QStringLiteral("end"));
    if (note.isEmpty()) return end;
    if (end.isEmpty()) return note;
    return note + QStringLiteral("\n\n") + end;
}

const LessonParameter* Lesson::parameter(const QString& name) const {
    for (const LessonParameter& p : parameters)
        if (p.name == name) return &p;
    return nullptr;
}

std::optional<Lesson> Lesson::fromJson(const QByteArray& json, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error) *error = parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    Lesson lesson;
    lesson.title = o.value(QStringLiteral("title")).toString();
    lesson.goal = o.value(QStringLiteral("goal")).toString();
    lesson.summary = o.value(QStringLiteral("summary")).toString();
    if (lesson.title.isEmpty()) {
        if (error) *error = QStringLiteral("no title");
        return std::nullopt;
    }
    const QJsonObject ticks = o.value(QStringLiteral("ticks")).toObject();
    for (auto it = ticks.begin(); it != ticks.end(); ++it) lesson.tickNotes.insert(it.key(), it.value().toString());
    for (const QJsonValue& v : o.value(QStringLiteral("questions")).toArray()) {
        const QJsonObject q = v.toObject();
        lesson.questions.append({q.value(QStringLiteral("text")).toString(), parseTries(q.value(QStringLiteral("try"))),
                                 q.value(QStringLiteral("answer")).toString()});
    }
    for (const QJsonValue& v : o.value(QStringLiteral("parameters")).toArray()) {
        const QJsonObject p = v.toObject();
        LessonParameter parameter;
        parameter.name = p.value(QStringLiteral("name")).toString();
        parameter.line = p.value(QStringLiteral("line")).toInt();
        parameter.col = p.value(QStringLiteral("col")).toInt();
        parameter.min = p.value(QStringLiteral("min")).toDouble();
        parameter.max = p.value(QStringLiteral("max")).toDouble();
        parameter.step = p.value(QStringLiteral("step")).toDouble();
        parameter.unit = p.value(QStringLiteral("unit")).toString();
        parameter.seed = p.value(QStringLiteral("seed")).toBool();
        lesson.parameters.append(parameter);
    }
    for (const QJsonValue& v : o.value(QStringLiteral("variants")).toArray()) {
        const QJsonObject p = v.toObject();
        lesson.variants.append({p.value(QStringLiteral("name")).toString(),
                                p.value(QStringLiteral("description")).toString(),
                                parseLines(p.value(QStringLiteral("comment"))),
                                parseLines(p.value(QStringLiteral("uncomment")))});
    }
    return lesson;
}

}  // namespace loopstep
