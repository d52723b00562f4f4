#include "core/theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace loopstep {

QString themeKey(ThemeChoice choice) {
    switch (choice) {
        case ThemeChoice::System:
            return QStringLiteral("system");
        case ThemeChoice::Light:
            return QStringLiteral("light");
        case ThemeChoice::Dark:
            return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

ThemeChoice themeFromKey(const QString& key) {
    if (key == QLatin1String("light")) return ThemeChoice::Light;
    if (key == QLatin1String("dark")) return ThemeChoice::Dark;
    return ThemeChoice::System;
}

Theme::Theme(QObject* parent)
    : QObject(parent), systemStyle_(QApplication::style()->name()), systemPalette_(QApplication::palette()) {}

void Theme::apply(ThemeChoice choice) {
    if (choice == choice_) return;
    choice_ = choice;
    if (choice == ThemeChoice::System) {
        if (QApplication::style()->name() != systemStyle_) QApplication::setStyle(systemStyle_);
        QApplication::setPalette(systemPalette_);
    } else {
        // Native styles may draw with the desktop's colours whatever the palette says; Fusion
        // draws with the palette only.
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(choice == ThemeChoice::Dark ? darkPalette() : lightPalette());
    }
    emit changed(choice);
}

bool Theme::isDark() {
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QPalette Theme::lightPalette() {
    // Fusion's own light palette, computed from a neutral window colour.
    QPalette p(QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf6, 0xf7));
    p.setColor(QPalette::Text, QColor(0x1d, 0x1f, 0x22));
    p.setColor(QPalette::WindowText, QColor(0x1d, 0x1f, 0x22));
    p.setColor(QPalette::ButtonText, QColor(0x1d, 0x1f, 0x22));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x5f, 0xb0));
    p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x3d, 0xa8));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfb, 0xe6));
    p.setColor(QPalette::ToolTipText, QColor(0x1d, 0x1f, 0x22));
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x70, 0x78));
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x8e, 0x93, 0x9b));
    return p;
}

QPalette Theme::darkPalette() {
    // Text on these backgrounds has a contrast of at least 7:1 (enabled) and 3:1 (disabled);
    // links and the highlight are light enough to read on the dark base.
    const QColor window(0x2a, 0x2c, 0x31), base(0x1e, 0x20, 0x24), button(0x34, 0x37, 0x3d);
    const QColor text(0xe3, 0xe5, 0xe9), dimText(0x84, 0x89, 0x92);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x29, 0x2e));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4e, 0x56));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x42, 0x49));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2b));
    p.setColor(QPalette::Dark, QColor(0x17, 0x18, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0b, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7f, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc2, 0x9b, 0xff));
    p.setColor(QPalette::ToolTipBase, QColor(0x34, 0x37, 0x3d));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dimText);
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dimText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x2e, 0x31, 0x36));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4e, 0x56));
    return p;
}

}  // namespace loopstep
