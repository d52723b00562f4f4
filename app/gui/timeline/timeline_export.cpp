#include "timeline_export.h"

#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include "timeline_chart.h"

namespace loopstep {

namespace {

constexpr int kMaxSide = 20000;  // pixels: beyond this a raster export is a mistake, not a slide

QString tr(const char* text) { return QCoreApplication::translate("loopstep::TimelineExport", text); }

bool fail(QString* error, const QString& message) {
    if (error) *error = message;
    return false;
}

bool paintVector(QCustomPlot& plot, QPaintDevice* device, int width, int height) {
    QCPPainter painter;
    if (!painter.begin(device)) return false;
    painter.setMode(QCPPainter::pmVectorized);
    plot.toPainter(&painter, width, height);
    return painter.end();
}

}  // namespace

bool writePlotImage(QCustomPlot& plot, const QString& path, int width, int height, QString* error, double scale) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return fail(error, tr("Cannot export to %1: the file name must end in .png, .svg or .pdf").arg(path));
    if (width <= 0 || height <= 0 || width > kMaxSide || height > kMaxSide)
        return fail(error, tr("Cannot export %1×%2: width and height must be between 1 and %3")
                               .arg(width).arg(height).arg(kMaxSide));
    if (!(scale >= 0.25 && scale <= 8.0) || width * scale > kMaxSide || height * scale > kMaxSide)
        return fail(error, tr("Cannot export at scale %1: the scale must be between 0.25 and 8, and the image at most %2 pixels wide and high")
                               .arg(scale).arg(kMaxSide));

    // QSaveFile writes to a temporary file beside the target and renames it on commit(), so a
    // failed export leaves neither a partial file nor a damaged previous one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write %1: %2").arg(path, file.errorString()));

    bool painted = false;
    if (suffix == QLatin1String("png")) {
        const QPixmap pixmap = plot.toPixmap(width, height, scale);
        painted = !pixmap.isNull() && pixmap.save(&file, "PNG");
    } else if (suffix == QLatin1String("svg")) {
        // At the screen's resolution, text given in points comes out as many pixels as in a PNG
        // (at the generator's default 72 dpi it came out three quarters as large).
        QSvgGenerator svg;
        svg.setResolution(plot.logicalDpiX());
        svg.setOutputDevice(&file);
        svg.setSize(QSize(width, height));
        svg.setViewBox(QRect(0, 0, width, height));
        svg.setTitle(QStringLiteral("Loopstep timeline"));
        painted = paintVector(plot, &svg, width, height);
    } else {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("Loopstep"));
        pdf.setTitle(QStringLiteral("Loopstep timeline"));
        // As for SVG: the screen's resolution keeps the text's size relative to the picture; the
        // page is the picture at that resolution.
        const int dpi = plot.logicalDpiX();
        pdf.setResolution(dpi);
        pdf.setPageSize(QPageSize(QSizeF(width * 72.0 / dpi, height * 72.0 / dpi), QPageSize::Point, QString(),
                                  QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        painted = paintVector(plot, &pdf, width, height);
    }
    if (!painted || file.error() != QFileDevice::NoError) {
        const QString why = file.error() != QFileDevice::NoError ? file.errorString() : tr("drawing failed");
        file.cancelWriting();
        return fail(error, tr("Cannot write %1: %2").arg(path, why));
    }
    if (!file.commit()) return fail(error, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

void setUpTimelineExport(TimelineChart& chart, std::shared_ptr<const TimelineModel> model,
                         const TimelineImageOptions& options) {
    QCustomPlot& plot = *chart.plot();
    chart.setTheme(options.dark ? TimelineTheme::darkTheme() : TimelineTheme::light());
    chart.setAxisMode(options.axisMode);
    chart.setGhostModel(options.ghost, options.ghostLabel);
    chart.setModel(std::move(model));
    chart.setCurrentTick(options.currentTick);
    // Lay the plot out at the asked size first: the lane labels thin out to what fits.
    plot.setViewport(QRect(0, 0, options.width, options.height));
    chart.showAll();
    if (options.keys) plot.xAxis->setRange(*options.keys);
    if (options.lanes) plot.yAxis->setRange(*options.lanes);
    chart.layoutNow();
    chart.updateLabelDensity();
}

bool exportTimelineImage(std::shared_ptr<const TimelineModel> model, const TimelineImageOptions& options,
                         const QString& path, QString* error) {
    QCustomPlot plot;
    plot.setAttribute(Qt::WA_DontShowOnScreen);
    TimelineChart chart(&plot);
    setUpTimelineExport(chart, std::move(model), options);
    return writePlotImage(plot, path, options.width, options.height, error, options.scale);
}

}  // namespace loopstep
