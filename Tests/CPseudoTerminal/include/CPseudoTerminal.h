#ifndef RECALL_CPSEUDOTERMINAL_H
#define RECALL_CPSEUDOTERMINAL_H

// Pseudo-terminal helpers for end-to-end tests. glibc hides posix_openpt, grantpt, ptsname_r
// and POSIX_SPAWN_SETSID from Swift's Glibc module behind _GNU_SOURCE, so they live in this
// small C target.
// Every function returns 0 on success or an errno value on failure (never -1 with errno set).

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Opens a new pseudo-terminal master (close-on-exec, not the caller's controlling terminal),
/// grants and unlocks its slave, and sets the window size to `columns` x `rows`.
/// On success stores the master descriptor in `*master` and the slave's path (e.g. "/dev/pts/3")
/// in `slave_path`, which must hold `slave_path_size` bytes (64 is plenty).
int cpt_open_master(int *master, char *slave_path, size_t slave_path_size,
                    unsigned short columns, unsigned short rows);

/// Spawns `path` (no PATH search) in a new session whose controlling terminal is the slave at
/// `slave_path`, opened as descriptors 0, 1 and 2. Every other descriptor is closed in the child,
/// its signal mask is empty and SIGINT, SIGQUIT, SIGPIPE, SIGHUP and SIGTERM have their default
/// dispositions (test-runner threads block signals, and a child inherits the mask and ignored
/// signals). `argv` and `envp` are NULL-terminated; `directory` may be NULL to stay put.
int cpt_spawn(pid_t *pid, const char *path, char *const argv[], char *const envp[],
              const char *directory, const char *slave_path);

/// Decodes a waitpid() status: the exit code of a process that exited, or 128 + the signal number
/// of one that a signal killed (the shell convention).
int cpt_exit_code(int wait_status);

#ifdef __cplusplus
}
#endif

#endif
