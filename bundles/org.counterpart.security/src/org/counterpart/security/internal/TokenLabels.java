package org.counterpart.security.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Provider;
import java.security.Security;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels of the tokens a PKCS#11 module offers, by slot. The JDK has no API for token
 * information: SunPKCS11 tells the slots with a token and a token's label only in its start-up
 * report (configuration {@code showInfo = true}), which it prints to {@code System.out}. This
 * class starts throw-away providers with that report on and reads it, with {@code System.out}
 * redirected meanwhile; whatever another thread prints in that moment is lost, which is
 * acceptable when a token is chosen by label on the command line.
 */
public final class TokenLabels {

    private static final String SLOTS_WITH_TOKENS = "Slots with tokens: ";
    private static final String TOKEN_INFO = "Token info for token in slot ";
    private static final String LABEL = "label: ";
    private static final Object REPORT = new Object();

    private TokenLabels() {
    }

    /**
     * The label of each token in {@code library}'s slots, by slot number.
     *
     * @throws IllegalStateException with the module's error when it cannot be loaded or initialised
     */
    public static Map<Long, String> bySlot(Path library) {
        String report = startupReport(library, "slotListIndex = 0");
        List<Long> slots = slotsWithTokens(report);
        Map<Long, String> labels = new LinkedHashMap<>();
        for (long slot : slots) {
            String label = label(startupReport(library, "slot = " + slot), slot);
            if (label != null) {
                labels.put(slot, label);
            }
        }
        return labels;
    }

    private static List<Long> slotsWithTokens(String report) {
        for (String line : report.split("\\R")) {
            if (line.startsWith(SLOTS_WITH_TOKENS)) {
                List<Long> slots = new ArrayList<>();
                String list = line.substring(SLOTS_WITH_TOKENS.length()).strip();
                if (!list.startsWith("(")) { // "(none)"
                    for (String slot : list.split(",")) {
                        slots.add(Long.parseLong(slot.strip()));
                    }
                }
                return slots;
            }
        }
        throw new IllegalStateException("the PKCS#11 module did not list its slots");
    }

    private static String label(String report, long slot) {
        String[] lines = report.split("\\R");
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].equals(TOKEN_INFO + slot + ":")) {
                String line = lines[i + 1].strip();
                if (line.startsWith(LABEL)) {
                    // The wrapper widens each UTF-8 byte to a char; the report was captured as ISO-8859-1 to undo that.
                    byte[] utf8 = line.substring(LABEL.length()).getBytes(StandardCharsets.ISO_8859_1);
                    return new String(utf8, StandardCharsets.UTF_8).stripTrailing();
                }
            }
        }
        return null; // the token went away, or its slot could not be opened
    }

    /** What SunPKCS11 reports while it starts for {@code slotSelection}; the provider itself is dropped. */
    private static String startupReport(Path library, String slotSelection) {
        Provider template = Security.getProvider("SunPKCS11");
        if (template == null) {
            throw new IllegalStateException("SunPKCS11 provider missing from this Java runtime");
        }
        String configuration = "--name = CounterpartTokenLabels\n" + "library = \"" + library.toAbsolutePath() + "\"\n"
                + slotSelection + "\n" + "showInfo = true\n";
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        RuntimeException failure = null;
        synchronized (REPORT) {
            PrintStream out = System.out;
            System.setOut(new PrintStream(report, true, StandardCharsets.ISO_8859_1));
            try {
                template.configure(configuration);
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                System.setOut(out);
            }
        }
        String text = report.toString(StandardCharsets.ISO_8859_1);
        // A slot without a usable token fails after the slot list is printed; a module that cannot load fails before.
        if (failure != null && !text.contains(SLOTS_WITH_TOKENS)) {
            throw new IllegalStateException(rootMessage(failure), failure);
        }
        return text;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " " + t.getMessage());
    }
}
