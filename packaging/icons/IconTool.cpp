// Build-time helper: renders the application's SVG icon and writes the
// Windows .ico and the macOS .icns from it.
//
//   floorwatch_icontool <icon.svg> <out.ico> <out.icns>
//
// Both containers hold PNG-compressed images (Windows Vista and later, macOS
// 10.7 and later), so they are plain byte layouts around QImage's PNG
// output: no image tool has to be installed on Windows or macOS, only the
// Qt that builds Floorwatch anyway. Rendering uses no QGuiApplication and so
// no platform plugin.

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>

#include <cstdio>
#include <vector>

namespace {

struct Png
{
    int size = 0;
    QByteArray data;
};

bool render(QSvgRenderer& svg, int size, Png& out)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(0, 0, size, size));
    }
    QBuffer buffer(&out.data);
    buffer.open(QIODevice::WriteOnly);
    out.size = size;
    return image.save(&buffer, "PNG");
}

void appendLittleEndian(QByteArray& bytes, quint32 value, int width)
{
    for (int i = 0; i < width; ++i)
        bytes.append(char((value >> (8 * i)) & 0xff));
}

void appendBigEndian32(QByteArray& bytes, quint32 value)
{
    for (int i = 3; i >= 0; --i)
        bytes.append(char((value >> (8 * i)) & 0xff));
}

// ICONDIR, one ICONDIRENTRY per image, then the PNG streams.
QByteArray makeIco(const std::vector<Png>& images)
{
    QByteArray ico;
    appendLittleEndian(ico, 0, 2); // reserved
    appendLittleEndian(ico, 1, 2); // type: icon
    appendLittleEndian(ico, quint32(images.size()), 2);
    quint32 offset = quint32(6 + 16 * images.size());
    for (const Png& png : images) {
        const quint32 side = png.size >= 256 ? 0 : quint32(png.size); // 0 means 256
        appendLittleEndian(ico, side, 1);
        appendLittleEndian(ico, side, 1);
        appendLittleEndian(ico, 0, 1);  // no palette
        appendLittleEndian(ico, 0, 1);  // reserved
        appendLittleEndian(ico, 1, 2);  // colour planes
        appendLittleEndian(ico, 32, 2); // bits per pixel
        appendLittleEndian(ico, quint32(png.data.size()), 4);
        appendLittleEndian(ico, offset, 4);
        offset += quint32(png.data.size());
    }
    for (const Png& png : images)
        ico.append(png.data);
    return ico;
}

// "icns", total length, then (type, length, PNG) per image. The types are
// Apple's PNG-capable ones; Retina variants reuse the bigger renderings.
QByteArray makeIcns(const std::vector<std::pair<const char*, const Png*>>& entries)
{
    QByteArray body;
    for (const auto& [type, png] : entries) {
        body.append(type, 4);
        appendBigEndian32(body, quint32(8 + png->data.size()));
        body.append(png->data);
    }
    QByteArray icns("icns");
    appendBigEndian32(icns, quint32(8 + body.size()));
    icns.append(body);
    return icns;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        std::fprintf(stderr, "floorwatch_icontool: cannot write %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: floorwatch_icontool <icon.svg> <out.ico> <out.icns>\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "floorwatch_icontool: %s is not a readable SVG\n",
                     qPrintable(args.at(1)));
        return 1;
    }

    const int sizes[] = {16, 24, 32, 48, 64, 128, 256, 512, 1024};
    std::vector<Png> rendered;
    for (const int size : sizes) {
        Png png;
        if (!render(svg, size, png)) {
            std::fprintf(stderr, "floorwatch_icontool: cannot render %d px\n", size);
            return 1;
        }
        rendered.push_back(std::move(png));
    }
    const auto bySize = [&rendered](int size) -> const Png* {
        for (const Png& png : rendered) {
            if (png.size == size)
                return &png;
        }
        return nullptr;
    };

    // Windows uses up to 256 px; the shell picks 16-48 for lists and menus.
    std::vector<Png> icoImages;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icoImages.push_back(*bySize(size));

    const std::vector<std::pair<const char*, const Png*>> icnsEntries = {
        {"icp4", bySize(16)},  {"icp5", bySize(32)},  {"icp6", bySize(64)},   {"ic07", bySize(128)},
        {"ic08", bySize(256)}, {"ic09", bySize(512)}, {"ic10", bySize(1024)}, // 512 px @2x
        {"ic11", bySize(32)},                                                 // 16 px @2x
        {"ic12", bySize(64)},                                                 // 32 px @2x
        {"ic13", bySize(256)},                                                // 128 px @2x
        {"ic14", bySize(512)},                                                // 256 px @2x
    };

    if (!writeFile(args.at(2), makeIco(icoImages)) || !writeFile(args.at(3), makeIcns(icnsEntries)))
        return 1;
    return 0;
}
