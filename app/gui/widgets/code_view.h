// The program's source, read-only unless in code editing mode: line numbers, Python colouring, the active task's line
// highlighted, a dot in the gutter (task colour) for where every other task is suspended, the
// task labels at the end of their lines, and an error marker for a program the engine refused.
#pragma once

#include <QPlainTextEdit>

#include "models/code_markers.h"

namespace loopstep {

class PythonHighlighter;

class CodeView : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit CodeView(QWidget* parent = nullptr);

    // Replaces the text (not a learner's edit: sourceEdited() stays quiet).
    void setSource(const QString& source);
    // Code editing mode: the learner types; the view stops moving the cursor to the active line.
    void setEditable(bool editable);
    bool isEditable() const { return !isReadOnly(); }
    void setMarkers(const QList<CodeMarker>& markers);
    const QList<CodeMarker>& markers() const { return markers_; }
    void setError(int line, int col, const QString& message);
    void clearError();
    int errorLine() const { return errorLine_; }

    int gutterWidth() const;
    void paintGutter(QPaintEvent* event);
    QString gutterToolTip(int y) const;

signals:
    // The learner changed the text in code editing mode.
    void sourceEdited();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect& rect, int dy);
    void updateSelections();
    void scrollToLine(int line);
    QList<CodeMarker> markersAt(int line) const;

    QWidget* gutter_;
    PythonHighlighter* highlighter_;
    QList<CodeMarker> markers_;
    int errorLine_ = 0;
    int errorCol_ = 0;
    QString errorMessage_;
    bool settingSource_ = false;
};

}  // namespace loopstep
