package org.counterpart.fuzz;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Decides whether a documented refusal is a refusal or a bug in disguise. A reader that catches a
 * NullPointerException, an IndexOutOfBoundsException or a ClassCastException and wraps it in a
 * PackageException still failed on something it never checked: such an exception anywhere among the
 * causes (or suppressed exceptions) of a refusal is a finding.
 * <p>
 * One exception: Bouncy Castle's streaming CMS parsers cast ASN.1 parsers to the type the structure
 * should have and turn the resulting ClassCastException into their own {@code CMSException}
 * ("Malformed content"); that is the library's own refusal of malformed input, which Counterpart
 * cannot avoid short of parsing CMS itself. A programming error raised inside Bouncy Castle and wrapped
 * directly by a Bouncy Castle exception is therefore not a finding; one raised anywhere else (in
 * Counterpart, or in the JDK called from Counterpart) always is.
 * </p>
 */
final class FuzzOracle {

    private static final String LIBRARY = "org.bouncycastle.";

    private FuzzOracle() {
    }

    /**
     * Returns normally if {@code refusal} hides no programming error; otherwise throws an
     * AssertionError (a finding for Jazzer) that carries the refusal as its cause.
     */
    static void checkRefusal(Throwable refusal) {
        Throwable bug = programmingError(refusal);
        if (bug != null) {
            throw new AssertionError("a refusal hides a programming error: " + bug, refusal);
        }
    }

    /**
     * The first NullPointerException, IndexOutOfBoundsException or ClassCastException in {@code thrown}'s
     * causes and suppressed exceptions that is not Bouncy Castle's own refusal (see the class comment), or
     * null.
     */
    static Throwable programmingError(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable[]> pending = new ArrayDeque<>(); // {throwable, the exception that wraps it}
        pending.add(new Throwable[] { thrown, null });
        while (!pending.isEmpty()) {
            Throwable[] next = pending.poll();
            Throwable t = next[0];
            if (!seen.add(t)) {
                continue;
            }
            if ((t instanceof NullPointerException || t instanceof IndexOutOfBoundsException
                    || t instanceof ClassCastException) && !refusedByLibrary(t, next[1])) {
                return t;
            }
            if (t.getCause() != null) {
                pending.add(new Throwable[] { t.getCause(), t });
            }
            for (Throwable suppressed : t.getSuppressed()) {
                pending.add(new Throwable[] { suppressed, t });
            }
        }
        return null;
    }

    /** Whether {@code error} was raised inside Bouncy Castle and wrapped by Bouncy Castle itself. */
    private static boolean refusedByLibrary(Throwable error, Throwable wrapper) {
        if (wrapper == null || !wrapper.getClass().getName().startsWith(LIBRARY)) {
            return false;
        }
        for (StackTraceElement frame : error.getStackTrace()) {
            String type = frame.getClassName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return type.startsWith(LIBRARY);
            }
        }
        return false;
    }
}
