package io.fluxjava.helm.engine;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The process's native signal handlers for some signals, read with libc's {@code sigaction} and put
 * back later: a snapshot taken before native code replaces them.
 */
final class NativeSignalHandlers {

  /** Larger than {@code struct sigaction} on any libc (152 bytes on glibc x86-64). */
  private static final int SIGACTION_BYTES = 512;

  /** libc's {@code sigaction(2)}; the struct is kept as opaque bytes, never interpreted. */
  interface LibC extends Library {
    int sigaction(int signal, Pointer action, Pointer previous);
  }

  private final LibC libc;
  private final Map<Integer, Memory> saved;

  private NativeSignalHandlers(LibC libc, Map<Integer, Memory> saved) {
    this.libc = libc;
    this.saved = saved;
  }

  /** Reads the current handlers of {@code signals}. */
  static NativeSignalHandlers save(int... signals) {
    LibC libc = Native.load("c", LibC.class);
    Map<Integer, Memory> saved = new LinkedHashMap<>();
    for (int signal : signals) {
      Memory action = new Memory(SIGACTION_BYTES);
      action.clear();
      check(libc.sigaction(signal, null, action), "read", signal);
      saved.put(signal, action);
    }
    return new NativeSignalHandlers(libc, saved);
  }

  /** Installs the saved handlers again. */
  void restore() {
    saved.forEach((signal, action) -> check(libc.sigaction(signal, action, null), "set", signal));
  }

  private static void check(int result, String operation, int signal) {
    if (result != 0) {
      throw new IllegalStateException(
          "sigaction could not " + operation + " the handler of signal " + signal);
    }
  }
}
