// Zstandard from the system (Debian: libzstd-dev), for Anki's compressed collections (collection.anki21b).
#include <zstd.h>
