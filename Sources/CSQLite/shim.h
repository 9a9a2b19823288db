// SQLite 3 from the system (Debian: libsqlite3-dev), for reading and writing Anki collections.
#include <sqlite3.h>
