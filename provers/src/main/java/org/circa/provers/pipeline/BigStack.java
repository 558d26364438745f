package org.circa.provers.pipeline;

import java.util.function.Supplier;
import org.circa.language.CircaException;
import org.circa.language.Diagnostic;
import org.circa.language.DiagnosticCode;
import org.circa.language.SourceSpan;

/** Runs deeply recursive stages (resolution, formula building) on a thread with a 1 GiB stack. Stateless. */
public final class BigStack {
    private static final long STACK_BYTES = 1L << 30;

    private BigStack() {
    }

    /** The supplier's result, computed on a big-stack thread; its exceptions are rethrown here. */
    public static <T> T call(String what, Supplier<T> work) {
        Object[] result = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                result[0] = e;
            }
        }, "circa-" + what, STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        }
        if (result[0] instanceof StackOverflowError) {
            throw new CircaException(Diagnostic.of(DiagnosticCode.GROUNDING_LIMIT, SourceSpan.NONE,
                    "the stack overflowed while " + what + " (unbounded recursion?)"));
        }
        if (result[0] instanceof OutOfMemoryError) {
            throw new CircaException(Diagnostic.of(DiagnosticCode.GROUNDING_LIMIT, SourceSpan.NONE,
                    "out of memory while " + what));
        }
        if (result[0] instanceof RuntimeException e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
