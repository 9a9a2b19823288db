#ifndef RECALL_CLIBYAML_SHIM_H
#define RECALL_CLIBYAML_SHIM_H
// libyaml's event API (Debian package libyaml-dev, libyaml 0.2.5: the version Yams bundles), read directly by
// Knowledge's fast deck reader. Yams keeps its own copy internal, so it cannot be reached through Yams.
#include <yaml.h>
#endif
