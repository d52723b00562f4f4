// A lesson's teaching text (lessons/NN_slug.json, format in lessons/README.md): what the notes
// panel shows next to the program.
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace loopstep {

struct ParameterValue {
    QString parameter;
    double value = 0.0;
};

struct LessonQuestion {
    QString text;
    QList<ParameterValue> tries;  // "try it": set these parameters together
    QString answer;
};

struct LessonParameter {
    QString name;
    int line = 0;  // 1-based line and column where the numeric literal starts
    int col = 0;
    double min = 0.0;
    double max = 0.0;
    double step = 0.0;
    QString unit;
    bool seed = false;  // the random seed rather than a literal
};

struct LessonVariant {
    QString name;
    QString description;
    QList<int> comment;    // 1-based lines to comment out
    QList<int> uncomment;  // 1-based lines to bring back
};

struct Lesson {
    QString title;
    QString goal;
    QString summary;
    QMap<QString, QString> tickNotes;  // "T0", "T1", …, "end"
    QList<LessonQuestion> questions;
    QList<LessonParameter> parameters;
    QList<LessonVariant> variants;

    // The note for tick `tick` ("end" after the last tick); empty when there is none.
    QString noteForTick(long tick, bool lastTick) const;
    const LessonParameter* parameter(const QString& name) const;

    // Parses the teaching text; on failure returns nothing and says why in `error`.
    static std::optional<Lesson> fromJson(const QByteArray& json, QString* error = nullptr);
};

}  // namespace loopstep
