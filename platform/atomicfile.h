#pragma once
// Writing a small file so that a crash or power cut at any moment leaves either the old file
// or the whole new one, never a torn or empty one: write a temporary file in the same folder,
// fsync it, rename it over the target, fsync the folder (rename(2) is atomic within one file
// system; the fsyncs make the data and the rename durable, as ext4 does not promise it).

#include <QByteArray>
#include <QString>

#include <sys/types.h>

namespace bk {

/// Writes `data` to `path` atomically with permission bits `mode` (e.g. 0600 for a secret;
/// set on the temporary file before any byte is written, so the data is never readable by
/// others). Empty on success, else what failed (the step and strerror), naming `path`.
QString writeFileAtomically(const QString &path, const QByteArray &data, mode_t mode);

} // namespace bk
