// The window's colour theme: the system's, or a fixed light or dark one. Light and dark are
// whole palettes for the Fusion style, so every widget, the timeline (which follows the palette)
// and the tables' state colours (tinted over the palette) change together.
#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

namespace loopstep {

enum class ThemeChoice { System, Light, Dark };

// The names kept in QSettings: "system", "light", "dark".
QString themeKey(ThemeChoice choice);
ThemeChoice themeFromKey(const QString& key);  // System for anything unknown

class Theme : public QObject {
    Q_OBJECT

public:
    // Remembers the application's style and palette as they are now: that is "System".
    explicit Theme(QObject* parent = nullptr);

    ThemeChoice choice() const { return choice_; }
    void apply(ThemeChoice choice);
    // Whether what is on screen now is dark (System may be, if the desktop is).
    static bool isDark();

    static QPalette lightPalette();
    static QPalette darkPalette();

signals:
    void changed(loopstep::ThemeChoice choice);

private:
    ThemeChoice choice_ = ThemeChoice::System;
    QString systemStyle_;
    QPalette systemPalette_;
};

}  // namespace loopstep
