package vn.vusta.platform.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;

/** POSIX signals to the stack's own processes (the JDK sends only TERM and KILL): faults for tests of outages. */
final class Signals {

    private Signals() {
    }

    /**
     * Signals each process that still lives; one that ended meanwhile (a PostgreSQL backend whose connection closed)
     * is skipped, one that lives and could not be signalled fails.
     *
     * @param signal a name {@code kill} knows, such as STOP or CONT
     */
    static void send(String signal, Collection<ProcessHandle> processes) {
        for (ProcessHandle process : processes) {
            if (!process.isAlive()) {
                continue;
            }
            try {
                int exit = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid()))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
                if (exit != 0 && process.isAlive()) {
                    throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed with " + exit);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
