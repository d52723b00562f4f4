// The lesson notes panel's text for the current step, as HTML: the goal and summary, the note
// for this tick, the questions (with "try it" and "answer" links) and the variants ("apply"
// links). Links: "try:N", "answer:N", "variant:N", "original".
#pragma once

#include <QSet>
#include <QString>

#include "core/program_document.h"
#include "core/tick_snapshot.h"

namespace loopstep {

struct NotesContext {
    const ProgramDocument* document = nullptr;
    TickSnapshot snapshot;
    long tickCount = 0;
    double endClock = 0.0;     // the loop time at the run's end
    int variant = -1;          // the variant being run (-1: as written)
    bool modified = false;     // run with "try it" values
    QSet<int> answersShown;    // questions whose answer is open
};

QString lessonNotesHtml(const NotesContext& context);

}  // namespace loopstep
