package org.counterpart.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.internal.KeyDerivation;
import org.counterpart.store.journal.HybridLogicalClock;
import org.counterpart.store.journal.ObjectIds;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.counterpart.store.journal.OperationCodec;
import org.counterpart.sync.ConvergentMerge;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Hostile operations through the convergent merge, as a certified sender can put them in a package:
 * operations decoded from arbitrary bytes, and operations built from the fuzzer's data out of the parts
 * a merge meets - unknown classes and features, values of the wrong type, references to objects that do
 * not exist, absurd positions and indexes, clocks at the encoding's limits, deletes and moves of the
 * root, of an object into itself, creations inside objects that are not there - imported with
 * {@code importOperations(..., new ConvergentMerge())} into a small store of the demo workspace.
 * <p>
 * The import may apply them or refuse them with a StoreException (the documented refusal), which must
 * not hide a programming error ({@link FuzzOracle}) and must leave the state as it was. Anything else is a
 * finding. Every few inputs the store is closed and opened again and must give the same state hash.
 * </p>
 */
class MergeFuzzTest {

    private static final char[] PASSPHRASE = "fuzz-store-passphrase".toCharArray();
    private static final KeyDerivation.Parameters CHEAP = new KeyDerivation.Parameters("scrypt", 1 << 10, 8, 1);
    /** How many inputs between reopening the store, and between starting from a fresh copy. */
    private static final int REOPEN_EVERY = 100;
    private static final int FRESH_EVERY = 2000;
    private static final String[] DEVICES = { "device-a", "device-b", "", "x".repeat(300) };

    private static Path directory;
    private static Path template;
    private static Path current;
    private static WorkspaceStore store;
    private static int inputs;
    private static List<String> ids;
    private static List<String> classes;
    private static List<String> features;

    @BeforeAll
    static void createStore() throws Exception {
        CounterpartPackage.eINSTANCE.eClass();
        directory = Files.createTempDirectory("counterpart-merge-fuzz");
        template = directory.resolve("template");
        Resource demo = new ResourceImpl();
        demo.getContents().add(new DemoCountryGenerator(3, 1).generate());
        try (WorkspaceStore full = JdbcWorkspaceStore.importModel(
                JdbcWorkspaceStore.create(directory.resolve("full"), PASSPHRASE, CHEAP), demo);
                WorkspaceStore small = JdbcWorkspaceStore.create(template, PASSPHRASE, CHEAP)) {
            small.load();
            // the start of the demo's journal: a theater with a few objects, cheap to merge into
            small.importOperations(full.journal().subList(0, 80));
        }
        ids = new ArrayList<>();
        classes = new ArrayList<>(List.of("", "http://example.org/unknown#//Nothing", "not a uri"));
        features = new ArrayList<>(List.of("", "noSuchFeature", "eContainer"));
        for (EClassifier classifier : CounterpartPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass type) {
                for (EStructuralFeature f : type.getEAllStructuralFeatures()) {
                    if (!features.contains(f.getName())) {
                        features.add(f.getName());
                    }
                }
            }
        }
        openFreshCopy();
        TreeSet<String> known = new TreeSet<>();
        for (Iterator<EObject> it = store.resource().getAllContents(); it.hasNext();) {
            known.add(ObjectIds.id(it.next()));
        }
        ids.addAll(known);
        ids.add("missing-object");
        ids.add("");
        for (Operation op : store.journal()) {
            if (op.kind() == Kind.CREATE && !classes.contains(op.eClass())) {
                classes.add(op.eClass());
            }
        }
    }

    @AfterAll
    static void closeStore() throws Exception {
        if (store != null) {
            reopen();
            store.close();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "2m")
    @Timeout(10)
    void fuzzMerge(FuzzedDataProvider data) throws Exception {
        if (++inputs % FRESH_EVERY == 0) {
            store.close();
            openFreshCopy();
        } else if (inputs % REOPEN_EVERY == 0) {
            reopen();
        }
        List<Operation> operations = operations(data);
        String before = store.stateHash();
        try {
            store.importOperations(operations, Map.of(), new ConvergentMerge());
        } catch (StoreException refused) {
            FuzzOracle.checkRefusal(refused);
            assertEquals(before, store.stateHash(), "a refused import changes nothing");
        }
        store.stateHash();
    }

    /** Closes the store, opens it again and checks that it holds the same state. */
    private static void reopen() throws StoreException {
        String hash = store.stateHash();
        store.close();
        store = JdbcWorkspaceStore.open(current, PASSPHRASE);
        store.load();
        assertEquals(hash, store.stateHash(), "the store opens again with the state it had");
    }

    private static void openFreshCopy() throws Exception {
        current = directory.resolve("store-" + inputs);
        try (Stream<Path> files = Files.walk(template)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, current.resolve(template.relativize(file).toString()));
            }
        }
        store = JdbcWorkspaceStore.open(current, PASSPHRASE);
        store.load();
    }

    private static List<Operation> operations(FuzzedDataProvider data) {
        List<Operation> operations = new ArrayList<>();
        int count = data.consumeInt(1, 12);
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            Operation op = data.consumeBoolean() ? decoded(data) : built(data);
            if (op != null && withinClockBound(op)) {
                operations.add(op);
            }
        }
        return operations;
    }

    /**
     * Whether the operation's clock is no more than a day ahead. Clocks further ahead, up to the encoding's
     * maximum, are for the import's clock bound to refuse before the merge (docs/merge.md): without that
     * bound the store's clock overflows in HybridLogicalClock.receive with an IllegalArgumentException.
     */
    private static boolean withinClockBound(Operation op) {
        long physical = HybridLogicalClock.physical(op.timestamp());
        return physical <= System.currentTimeMillis() + Duration.ofDays(1).toMillis();
    }

    /** An operation decoded from arbitrary bytes, or null where the codec refuses them. */
    private static Operation decoded(FuzzedDataProvider data) {
        byte[] bytes = data.consumeBytes(data.consumeInt(0, 200));
        try {
            return OperationCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
        } catch (IOException refused) {
            FuzzOracle.checkRefusal(refused);
            return null;
        }
    }

    /** An operation built from the parts a merge meets, or null where Operation's own checks refuse it. */
    private static Operation built(FuzzedDataProvider data) {
        Kind kind = data.pickValue(Kind.values());
        try {
            Operation.Builder b = Operation.builder(kind, pick(data, ids));
            if (data.consumeBoolean()) {
                b.eClass(pick(data, classes));
            }
            if (data.consumeBoolean()) {
                b.feature(pick(data, features));
            }
            if (data.consumeBoolean()) {
                b.value(value(data));
            }
            if (data.consumeBoolean()) {
                b.container(pick(data, ids), pick(data, features));
            }
            b.index(data.pickValue(new int[] { Operation.NO_INDEX, 0, 1, 5, Integer.MAX_VALUE, Integer.MIN_VALUE,
                    data.consumeInt() }));
            b.position(data.pickValue(new long[] { Operation.NO_POSITION, 0, Long.MAX_VALUE, -1, data.consumeLong() }));
            b.basis(data.pickValue(new long[] { 0, Long.MAX_VALUE, System.currentTimeMillis() << 16, data.consumeLong() }));
            long timestamp = data.pickValue(new long[] { 1, Long.MAX_VALUE, -1, System.currentTimeMillis() << 16,
                    (System.currentTimeMillis() << 16) + data.consumeLong(0, 1L << 40), data.consumeLong() });
            return b.build().stamped(timestamp, data.pickValue(DEVICES),
                    data.pickValue(new long[] { 1, 2, 3, Long.MAX_VALUE, data.consumeLong() }));
        } catch (IllegalArgumentException refused) {
            return null; // Operation's own checks: not something a decoded package can hold
        }
    }

    private static String value(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 4)) {
        case 0 -> pick(data, ids);
        case 1 -> pick(data, ids) + " " + pick(data, ids);
        case 2 -> String.valueOf(data.consumeLong());
        case 3 -> null;
        default -> data.consumeString(64);
        };
    }

    private static String pick(FuzzedDataProvider data, List<String> from) {
        return data.consumeBoolean() ? data.consumeString(16) : from.get(data.consumeInt(0, from.size() - 1));
    }
}
