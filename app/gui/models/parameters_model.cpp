#include "models/parameters_model.h"

#include <QFont>
#include <cmath>

#include "core/run_setup.h"

namespace loopstep {

ParametersModel::ParametersModel(QObject* parent) : QAbstractTableModel(parent) {}

QString parameterValueText(const EditableParameter& parameter, double value) {
    QString text = QString::fromStdString(numberLiteralText(value));
    if (!parameter.unit.isEmpty()) text += QLatin1Char(' ') + parameter.unit;
    return text;
}

void ParametersModel::setParameters(const QList<EditableParameter>& parameters) {
    bool sameRows = parameters.size() == parameters_.size();
    for (qsizetype i = 0; sameRows && i < parameters.size(); ++i)
        sameRows = parameters[i].line == parameters_[i].line && parameters[i].col == parameters_[i].col &&
                   parameters[i].name == parameters_[i].name && parameters[i].seed == parameters_[i].seed;
    if (!sameRows) {
        beginResetModel();
        parameters_ = parameters;
        endResetModel();
        return;
    }
    parameters_ = parameters;
    if (!parameters_.isEmpty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ParametersModel::rowOf(int line, int col) const {
    for (qsizetype i = 0; i < parameters_.size(); ++i)
        if (!parameters_[i].seed && parameters_[i].line == line && parameters_[i].col == col)
            return static_cast<int>(i);
    return -1;
}

int ParametersModel::seedRow() const {
    for (qsizetype i = 0; i < parameters_.size(); ++i)
        if (parameters_[i].seed) return static_cast<int>(i);
    return -1;
}

int ParametersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(parameters_.size());
}

int ParametersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParametersModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const EditableParameter& p = parameters_[index.row()];
    switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? p.name : parameterValueText(p, p.value);
        case Qt::EditRole:
            return index.column() == NameColumn ? QVariant(p.name) : QVariant(p.value);
        case Qt::ToolTipRole:
            if (p.value != p.original)
                return tr("%1\nWritten as %2 in the source").arg(p.detail, parameterValueText(p, p.original));
            return p.detail;
        case Qt::FontRole:
            if (p.value != p.original) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case MinimumRole:
            return p.min;
        case MaximumRole:
            return p.max;
        case StepRole:
            return p.step;
        case IsIntRole:
            return p.isInt;
        case UnitRole:
            return p.unit;
        case ChangedRole:
            return p.value != p.original;
        case OriginalRole:
            return p.original;
        case LocationRole:
            return p.seed ? QString() : QStringLiteral("%1:%2").arg(p.line).arg(p.col);
        case LogarithmicRole:
            return !p.seed && !p.fromLesson;
    }
    return {};
}

bool ParametersModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != ValueColumn || role != Qt::EditRole) return false;
    bool ok = false;
    double v = value.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0) return false;
    EditableParameter& p = parameters_[index.row()];
    if (p.isInt) v = std::round(v);
    if (v == p.value) return true;
    p.value = v;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit parameterEdited(p, v);
    return true;
}

Qt::ItemFlags ParametersModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == ValueColumn) f |= Qt::ItemIsEditable;
    return f;
}

QVariant ParametersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return section == NameColumn ? tr("Parameter") : tr("Value");
}

}  // namespace loopstep
