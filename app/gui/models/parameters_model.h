// The Parameters panel's model: one row per editable number of the run (lesson parameters, the
// delays found in the code, the seed), with its range. Setting a value (Qt::EditRole on the value
// column) asks for the edit through parameterEdited(); the session re-runs and the model follows
// the new run's setup.
#pragma once

#include <QAbstractTableModel>

#include "core/editable_parameters.h"

namespace loopstep {

class ParametersModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };
    enum Role {
        MinimumRole = Qt::UserRole + 1,  // double
        MaximumRole,                     // double
        StepRole,                        // double
        IsIntRole,                       // bool: whole numbers only
        UnitRole,                        // QString: "s" or empty
        ChangedRole,                     // bool: differs from the source as written
        OriginalRole,                    // double: the value as written
        LocationRole,                    // QString: "16:40" (the --set position), empty for the seed
        LogarithmicRole,                 // bool: its slider is logarithmic around the value (a number
                                         // found in the code; not the seed, not a lesson's own range)
    };

    explicit ParametersModel(QObject* parent = nullptr);

    // Shows the parameters of a run; when only values changed (the same numbers at the same
    // places) the rows stay and only their values update, so a slider being dragged keeps its row.
    void setParameters(const QList<EditableParameter>& parameters);
    const QList<EditableParameter>& parameters() const { return parameters_; }
    // The row of the literal at line:col, or of the seed (line 0); -1 when absent.
    int rowOf(int line, int col) const;
    int seedRow() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void parameterEdited(const loopstep::EditableParameter& parameter, double value);

private:
    QList<EditableParameter> parameters_;
};

// "1.5 s", "3", "0.25"
QString parameterValueText(const EditableParameter& parameter, double value);

}  // namespace loopstep
