#include "step_actions.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>

namespace loopstep {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("StepActions", text); }

QAction* make(QObject* parent, const QString& name, const QString& icon, const QString& text,
              const QList<QKeySequence>& keys, const QString& tip) {
    auto* action = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, parent);
    action->setObjectName(name);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys.value(0).toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    return action;
}

}  // namespace

StepActions StepActions::create(QObject* parent) {
    StepActions a;
    a.first = make(parent, QStringLiteral("actionFirst"), QStringLiteral("go-first"), tr("&First Tick"),
                   {Qt::Key_Home}, tr("Go to the first tick, T0"));
    a.back = make(parent, QStringLiteral("actionBack"), QStringLiteral("go-back"), tr("&Back One Tick"),
                  {Qt::Key_Left}, tr("Go back one tick"));
    a.forward = make(parent, QStringLiteral("actionForward"), QStringLiteral("go-forward"), tr("&Forward One Tick"),
                     {Qt::Key_Right}, tr("Run the next tick: one task step"));
    a.last = make(parent, QStringLiteral("actionLast"), QStringLiteral("go-last"), tr("&Last Tick"), {Qt::Key_End},
                  tr("Go to the last tick: the end of the run"));
    a.lineBack = make(parent, QStringLiteral("actionLineBack"), QStringLiteral("line-back"), tr("Back One &Line"),
                      {QKeySequence(Qt::SHIFT | Qt::Key_Left)}, tr("Go back one executed source line"));
    a.lineForward = make(parent, QStringLiteral("actionLineForward"), QStringLiteral("line-forward"),
                         tr("Forward One L&ine"), {QKeySequence(Qt::SHIFT | Qt::Key_Right)},
                         tr("Run the next source line, inside the tick"));
    a.playPause = make(parent, QStringLiteral("actionPlayPause"), QStringLiteral("play"), tr("&Play"), {Qt::Key_Space},
                       tr("Play the ticks one after another, or pause"));
    return a;
}

void StepActions::showPlaying(bool playing) const {
    playPause->setIcon(QIcon(playing ? QStringLiteral(":/icons/pause.svg") : QStringLiteral(":/icons/play.svg")));
    playPause->setText(playing ? tr("&Pause") : tr("&Play"));
}

}  // namespace loopstep
