#include "models/lesson_notes_html.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace loopstep {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("LessonNotes", text, disambiguation, n);
}

// Escapes and turns `inline code` into <code>.
QString rich(const QString& text) {
    QString html = text.toHtmlEscaped();
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    html.replace(code, QStringLiteral("<code>\\1</code>"));
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

QString tickNote(const Lesson& lesson, const NotesContext& c) {
    const long tick = c.snapshot.position.tick;
    if (tick < 0) return {};
    // "The end" is told at the end: a sync program stepped by line is inside its only tick
    // until its last line, and the end note would give the result away at the first.
    const bool last = tick == c.tickCount - 1 && c.snapshot.atTickEnd;
    QString note = lesson.noteForTick(tick, last);
    if (note.isEmpty()) return {};
    QString heading = last ? tr("T%1 — the end").arg(tick) : tr("T%1").arg(tick);
    QString html = QStringLiteral("<h3>%1</h3>").arg(heading);
    // The notes were written for the lesson as written: after an edit their "7 ticks, 2 s" may
    // no longer be this run's, so say so, with this run's own figures beside them.
    if (c.variant >= 0 || c.modified)
        html += QStringLiteral("<p style=\"background-color:#fff3c4; color:#000;\"><small>%1</small></p>")
                    .arg(tr("This note describes the lesson as written. The changed run has %n tick(s) and ends at "
                            "t=%1.",
                            nullptr, static_cast<int>(c.tickCount))
                             .arg(QString::fromStdString(clock_text(c.endClock))));
    return html + QStringLiteral("<p>%1</p>").arg(rich(note));
}

QString questionsHtml(const Lesson& lesson, const NotesContext& c) {
    if (lesson.questions.isEmpty()) return {};
    QString html = QStringLiteral("<h3>%1</h3><ol>").arg(tr("Questions"));
    for (int i = 0; i < lesson.questions.size(); ++i) {
        const LessonQuestion& q = lesson.questions[i];
        html += QStringLiteral("<li>") + rich(q.text);
        QStringList links;
        if (!q.tries.isEmpty()) links << QStringLiteral("<a href=\"try:%1\">%2</a>").arg(i).arg(tr("try it"));
        if (!q.answer.isEmpty() && !c.answersShown.contains(i))
            links << QStringLiteral("<a href=\"answer:%1\">%2</a>").arg(i).arg(tr("show answer"));
        if (!links.isEmpty()) html += QStringLiteral(" <small>[") + links.join(QStringLiteral(" · ")) + QStringLiteral("]</small>");
        if (c.answersShown.contains(i)) html += QStringLiteral("<br><i>") + rich(q.answer) + QStringLiteral("</i>");
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ol>");
}

QString variantsHtml(const Lesson& lesson, const NotesContext& c) {
    if (lesson.variants.isEmpty()) return {};
    QString html = QStringLiteral("<h3>%1</h3><ul>").arg(tr("Variants"));
    for (int i = 0; i < lesson.variants.size(); ++i) {
        const LessonVariant& v = lesson.variants[i];
        const QString action = c.variant == i ? tr("<b>applied</b>")
                                              : QStringLiteral("<a href=\"variant:%1\">%2</a>").arg(i).arg(tr("apply"));
        html += QStringLiteral("<li><b>%1</b> <small>[%2]</small><br>%3</li>").arg(v.name.toHtmlEscaped(), action, rich(v.description));
    }
    return html + QStringLiteral("</ul>");
}

}  // namespace

QString lessonNotesHtml(const NotesContext& c) {
    if (!c.document) return {};
    QString html;
    if (c.variant >= 0 || c.modified)
        html += QStringLiteral("<p style=\"background-color:#fff3c4; color:#000;\">&nbsp;%1 <a href=\"original\">%2</a></p>")
                    .arg(tr("Running a changed program."), tr("Back to the lesson as written"));
    if (!c.document->lesson) {
        html += QStringLiteral("<p>%1</p>").arg(tr("%1 has no lesson text: step through it with the arrow keys.")
                                                     .arg(c.document->fileName().toHtmlEscaped()));
        return html;
    }
    const Lesson& lesson = *c.document->lesson;
    html += QStringLiteral("<h2>%1</h2><p><i>%2</i></p>").arg(lesson.title.toHtmlEscaped(), rich(lesson.goal));
    html += tickNote(lesson, c);
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("About this lesson"), rich(lesson.summary));
    html += questionsHtml(lesson, c);
    html += variantsHtml(lesson, c);
    return html;
}

}  // namespace loopstep
