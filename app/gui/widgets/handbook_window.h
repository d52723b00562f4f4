// Help → Handbook (F1): the user's guide, embedded in the app (resources/handbook/handbook.html),
// in a window of its own with its table of contents beside the text.
#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QTextBrowser;

namespace loopstep {

class HandbookWindow : public QWidget {
    Q_OBJECT

public:
    explicit HandbookWindow(QWidget* owner = nullptr);

    // Shows the owner's handbook window, making it the first time; raises it if it is open.
    static HandbookWindow* showFor(QWidget* owner);

    // The table of contents: the handbook's section titles, in order.
    QStringList sectionTitles() const;
    // Scrolls the text to a section (an index into sectionTitles()).
    void showSection(int index);
    QTextBrowser* browser() const { return browser_; }
    QListWidget* contents() const { return contents_; }

private:
    void buildContents();

    QListWidget* contents_;
    QTextBrowser* browser_;
};

}  // namespace loopstep
