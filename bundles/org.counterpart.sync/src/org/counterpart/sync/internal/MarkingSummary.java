package org.counterpart.sync.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.SortedSet;
import java.util.TreeSet;

import org.counterpart.model.Classification;
import org.counterpart.store.journal.Operation;

/**
 * Collects the handling markings a package's operations set, for the manifest: how many operations
 * set a marking and which classifications those markings name. A marking is an embedded value
 * (Base64 of its class and state, see the store's FeatureValueCodec), so its classification is
 * found by name in the decoded value.
 */
public final class MarkingSummary {

    private static final String MARKING_FEATURE = "marking";

    private long markingOperations;
    private final SortedSet<String> classifications = new TreeSet<>();

    public void add(Operation operation) {
        if (!MARKING_FEATURE.equals(operation.feature()) || operation.value() == null) {
            return;
        }
        markingOperations++;
        String text;
        try {
            text = new String(Base64.getDecoder().decode(operation.value()), StandardCharsets.ISO_8859_1);
        } catch (IllegalArgumentException e) {
            text = operation.value();
        }
        // Longest names first, so that a name inside another is not counted twice.
        String rest = text;
        for (Classification classification : Classification.VALUES.stream()
                .sorted((a, b) -> b.getLiteral().length() - a.getLiteral().length()).toList()) {
            if (rest.contains(classification.getLiteral())) {
                classifications.add(classification.getLiteral());
                rest = rest.replace(classification.getLiteral(), " ");
            }
        }
    }

    public long markingOperations() {
        return markingOperations;
    }

    public SortedSet<String> classifications() {
        return classifications;
    }
}
