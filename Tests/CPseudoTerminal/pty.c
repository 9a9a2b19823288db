#define _GNU_SOURCE
#include "CPseudoTerminal.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

int cpt_open_master(int *master, char *slave_path, size_t slave_path_size,
                    unsigned short columns, unsigned short rows) {
  int fd = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return errno;
  struct winsize size = {.ws_row = rows, .ws_col = columns};
  int error = 0;
  if (grantpt(fd) != 0 || unlockpt(fd) != 0 || ioctl(fd, TIOCSWINSZ, &size) != 0) {
    error = errno;
  } else {
    error = ptsname_r(fd, slave_path, slave_path_size);
  }
  if (error != 0) {
    close(fd);
    return error;
  }
  *master = fd;
  return 0;
}

int cpt_spawn(pid_t *pid, const char *path, char *const argv[], char *const envp[],
              const char *directory, const char *slave_path) {
  posix_spawnattr_t attributes;
  posix_spawn_file_actions_t actions;
  int error = posix_spawnattr_init(&attributes);
  if (error != 0) return error;
  error = posix_spawn_file_actions_init(&actions);
  if (error != 0) {
    posix_spawnattr_destroy(&attributes);
    return error;
  }

  sigset_t empty, defaults;
  sigemptyset(&empty);
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGINT);
  sigaddset(&defaults, SIGQUIT);
  sigaddset(&defaults, SIGPIPE);
  sigaddset(&defaults, SIGHUP);
  sigaddset(&defaults, SIGTERM);

  // glibc runs setsid() before the file actions, so opening the slave (without O_NOCTTY) in the
  // child makes it the controlling terminal of the new session: a written ^C becomes SIGINT.
  if (error == 0) {
    error = posix_spawnattr_setflags(
        &attributes, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  }
  if (error == 0) error = posix_spawnattr_setsigmask(&attributes, &empty);
  if (error == 0) error = posix_spawnattr_setsigdefault(&attributes, &defaults);
  if (error == 0) error = posix_spawn_file_actions_addclosefrom_np(&actions, 3);
  if (error == 0) error = posix_spawn_file_actions_addopen(&actions, 0, slave_path, O_RDWR, 0);
  if (error == 0) error = posix_spawn_file_actions_adddup2(&actions, 0, 1);
  if (error == 0) error = posix_spawn_file_actions_adddup2(&actions, 0, 2);
  if (error == 0 && directory != NULL) {
    error = posix_spawn_file_actions_addchdir_np(&actions, directory);
  }
  if (error == 0) error = posix_spawn(pid, path, &actions, &attributes, argv, envp);

  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  return error;
}

int cpt_exit_code(int wait_status) {
  if (WIFEXITED(wait_status)) return WEXITSTATUS(wait_status);
  if (WIFSIGNALED(wait_status)) return 128 + WTERMSIG(wait_status);
  return -1;
}
