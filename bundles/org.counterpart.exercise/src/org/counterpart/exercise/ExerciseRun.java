package org.counterpart.exercise;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.counterpart.exercise.ExerciseClock.Order;
import org.counterpart.exercise.ExerciseClock.OrderKind;
import org.counterpart.exercise.internal.Messages;
import org.counterpart.exercise.internal.ScenarioJson;
import org.counterpart.store.StoreException;
import org.counterpart.model.Identified;
import org.counterpart.model.Theater;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.PackageManifest;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * A scenario played in one trainee's exercise store: the scenario, the exercise clock and which injects have been
 * delivered, all kept in the (encrypted) store, so that a restarted workbench goes on where it stopped. The
 * scenario is kept as an attachment; the clock's orders, the manual release and the delivery count as sync marks,
 * which only ever rise: injects are delivered in MSEL order, each exactly once, whatever restarts happen between.
 */
public final class ExerciseRun {

    static final String PREFIX = PackageManifest.EXERCISE_MARK_PREFIX;
    private static final String SCENARIO = PREFIX + "scenario/";
    private static final String COMPRESSION = PREFIX + "compression";
    private static final String ORDER = PREFIX + "order/";
    private static final String RELEASED = PREFIX + "released-until-minute";
    private static final String DELIVERED = PREFIX + "delivered";
    private static final String APPLIED = PREFIX + "applied-order/";
    private static final String MATERIAL = PREFIX + "material/";

    private final WorkspaceStore store;
    private final Scenario scenario;

    private ExerciseRun(WorkspaceStore store, Scenario scenario) {
        this.store = store;
        this.scenario = scenario;
    }

    /**
     * Starts {@code scenario} in {@code store}, an exercise store that plays no scenario yet, with its clock started
     * at wall time {@code start}.
     */
    public static ExerciseRun start(WorkspaceStore store, Scenario scenario, int compression, Instant start)
            throws ScenarioException {
        scenario.requireValid();
        requireExerciseStore(store);
        try {
            if (!store.syncMarks(SCENARIO).isEmpty()) {
                throw new ScenarioException(Messages.RUN_ALREADY_STARTED);
            }
            byte[] json = ScenarioJson.encode(scenario);
            String hash = sha256(json);
            store.addAttachment(hash, new ByteArrayInputStream(json));
            ExerciseClock.started(compression, start);
            Map<String, Long> marks = new TreeMap<>();
            marks.put(COMPRESSION, (long) compression);
            marks.put(orderKey(0, OrderKind.START), start.toEpochMilli());
            marks.put(SCENARIO + hash, 1L);
            store.raiseSyncMarks(marks);
        } catch (StoreException | IOException e) {
            throw new ScenarioException(Messages.format(Messages.RUN_STORE_FAILED, e.getMessage()), e);
        }
        return new ExerciseRun(store, scenario);
    }

    /** The run kept in {@code store}, as a restarted workbench finds it. */
    public static ExerciseRun open(WorkspaceStore store) throws ScenarioException {
        requireExerciseStore(store);
        try {
            Map<String, Long> kept = store.syncMarks(SCENARIO);
            if (kept.isEmpty()) {
                throw new ScenarioException(Messages.RUN_NOT_STARTED);
            }
            String hash = kept.keySet().iterator().next().substring(SCENARIO.length());
            try (InputStream in = store.openAttachment(hash)) {
                return new ExerciseRun(store, ScenarioJson.decodeScenario(in.readAllBytes()));
            }
        } catch (StoreException | IOException e) {
            throw new ScenarioException(Messages.format(Messages.RUN_STORE_FAILED, e.getMessage()), e);
        }
    }

    /** Whether {@code store} plays a scenario. */
    public static boolean isStarted(WorkspaceStore store) throws StoreException {
        return !store.syncMarks(SCENARIO).isEmpty();
    }

    private static void requireExerciseStore(WorkspaceStore store) throws ScenarioException {
        if (!store.isExercise()) {
            throw new ScenarioException(Messages.NOT_EXERCISE_STORE);
        }
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The clock as the store keeps it. */
    public ExerciseClock clock() throws ScenarioException {
        return clock(marks());
    }

    /**
     * The clock kept in {@code marks}, the run's sync marks (with their {@code exercise/} prefix): as a store keeps
     * them, or as an exercise package carries them (see {@link #clockOf(PackageManifest)}).
     */
    static ExerciseClock clock(Map<String, Long> marks) {
        List<Order> orders = new ArrayList<>();
        // keys are exercise/order/NNNNNNNN/KIND: sorted by their number
        marks.forEach((key, at) -> {
            if (key.startsWith(ORDER)) {
                orders.add(new Order(OrderKind.valueOf(key.substring(key.lastIndexOf('/') + 1)), Instant.ofEpochMilli(at)));
            }
        });
        int compression = marks.getOrDefault(COMPRESSION, 1L).intValue();
        ExerciseTime released = new ExerciseTime(Duration.ofMinutes(marks.getOrDefault(RELEASED, 0L)));
        return new ExerciseClock(compression, orders, released);
    }

    /**
     * The exercise clock of the store that wrote an exercise package, as its manifest carries it; empty if the
     * package is not an exercise store's or its store played no scenario.
     */
    public static Optional<ExerciseClock> clockOf(PackageManifest manifest) {
        Map<String, Long> marks = new TreeMap<>();
        manifest.exerciseMarks().forEach((mark, value) -> marks.put(PREFIX + mark, value));
        if (marks.keySet().stream().noneMatch(mark -> mark.startsWith(SCENARIO))) {
            return Optional.empty();
        }
        return Optional.of(clock(marks));
    }

    /** Whether the exercise package of {@code manifest} was written by a store playing {@code scenario}. */
    public static boolean plays(PackageManifest manifest, Scenario scenario) {
        String played = SCENARIO.substring(PREFIX.length()) + sha256(ScenarioJson.encode(scenario));
        return manifest.exerciseMarks().containsKey(played);
    }

    public ExerciseTime now(Instant wall) throws ScenarioException {
        return clock().dueUntil(wall);
    }

    public void pause(Instant wall) throws ScenarioException {
        order(OrderKind.PAUSE, wall);
    }

    public void resume(Instant wall) throws ScenarioException {
        order(OrderKind.RESUME, wall);
    }

    private void order(OrderKind kind, Instant wall) throws ScenarioException {
        raise(orderMarks(kind, wall));
    }

    private Map<String, Long> orderMarks(OrderKind kind, Instant wall) throws ScenarioException {
        ExerciseClock clock = clock();
        List<Order> orders = clock.orders();
        // an order given before the last one this store knows of takes effect when it arrives in sequence
        Instant at = orders.isEmpty() || !wall.isBefore(orders.get(orders.size() - 1).at()) ? wall
                : orders.get(orders.size() - 1).at();
        ExerciseClock next = kind == OrderKind.PAUSE ? clock.pause(at) : clock.resume(at);
        Map<String, Long> marks = new TreeMap<>();
        if (next != clock) {
            marks.put(orderKey(orders.size(), kind), at.toEpochMilli());
        }
        return marks;
    }

    /**
     * Applies a trainer's signed clock order once: an order this store applied before changes nothing. Returns
     * whether it was applied now. The order and the note that it was applied are kept in one step.
     */
    public synchronized boolean apply(ClockOrder order) throws ScenarioException {
        String applied = APPLIED + order.id();
        if (marks().containsKey(applied)) {
            return false;
        }
        Map<String, Long> marks = switch (order.kind()) {
        case PAUSE -> orderMarks(OrderKind.PAUSE, order.at());
        case RESUME -> orderMarks(OrderKind.RESUME, order.at());
        case RELEASE -> order.until().compareTo(clock().releasedUntil()) > 0
                ? new TreeMap<>(Map.of(RELEASED, order.until().sinceStart().toMinutes()))
                : new TreeMap<>();
        };
        marks.put(applied, 1L);
        raise(marks);
        return true;
    }

    /** Releases everything due up to {@code until}, whatever the clock shows (the trainer's hand). */
    public void releaseUntil(ExerciseTime until) throws ScenarioException {
        raise(Map.of(RELEASED, until.sinceStart().toMinutes()));
    }

    /**
     * Delivers the injects due at wall time {@code wall} that were not delivered yet, in MSEL order, and records
     * them as delivered in the same step: each inject is returned by exactly one call, across restarts too.
     */
    public synchronized List<Inject> deliverDue(Instant wall) throws ScenarioException {
        ExerciseTime due = now(wall);
        List<Inject> ordered = scenario.injectsInOrder();
        int delivered = deliveredCount();
        int upTo = delivered;
        while (upTo < ordered.size() && ordered.get(upTo).time().compareTo(due) <= 0) {
            upTo++;
        }
        if (upTo == delivered) {
            return List.of();
        }
        raise(Map.of(DELIVERED, (long) upTo));
        return ordered.subList(delivered, upTo);
    }

    /**
     * The injects delivered whose material ({@link InjectMaterial}) has not been noted as given yet, in order: those
     * whose material the store or the workbench still has to add.
     */
    public List<Inject> materialPending() throws ScenarioException {
        Map<String, Long> marks = marks(); // read once: the workbench asks every second
        return scenario.injectsInOrder().subList(0, deliveredCount(marks)).stream()
                .filter(InjectMaterial::bringsMaterial)
                .filter(inject -> !marks.containsKey(MATERIAL + inject.number())).toList();
    }

    /** Notes that the material of {@code inject} is in the saved theater: it is never given again. */
    public void materialGiven(Inject inject) throws ScenarioException {
        raise(Map.of(MATERIAL + inject.number(), 1L));
    }

    /**
     * Adds the pending material to the store's own theater at wall time {@code wall}, saves it and notes it given:
     * how the command line delivers (the workbench adds it through its editor instead). Material already there is
     * not added twice. Returns the objects added.
     */
    public synchronized List<Identified> giveMaterial(Instant wall) throws ScenarioException {
        List<Inject> pending = materialPending();
        if (pending.isEmpty()) {
            return List.of();
        }
        try {
            Resource resource = store.resource() != null ? store.resource() : store.load();
            if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Theater theater)) {
                throw new ScenarioException(Messages.format(Messages.RUN_STORE_FAILED, Messages.RUN_NO_THEATER));
            }
            List<Identified> added = new ArrayList<>();
            for (Inject inject : pending) {
                InjectMaterial material = InjectMaterial.missingFrom(theater, scenario, inject, wall);
                for (Map.Entry<String, byte[]> content : material.attachmentContents().entrySet()) {
                    store.addAttachment(content.getKey(), new ByteArrayInputStream(content.getValue()));
                }
                material.addTo(theater);
                added.addAll(material.objects());
            }
            store.save();
            for (Inject inject : pending) {
                materialGiven(inject);
            }
            return added;
        } catch (StoreException | IOException e) {
            throw new ScenarioException(Messages.format(Messages.RUN_STORE_FAILED, e.getMessage()), e);
        }
    }

    /** The injects delivered so far, in order. */
    public List<Inject> delivered() throws ScenarioException {
        return scenario.injectsInOrder().subList(0, deliveredCount());
    }

    private int deliveredCount() throws ScenarioException {
        return deliveredCount(marks());
    }

    private int deliveredCount(Map<String, Long> marks) {
        return (int) Math.min(marks.getOrDefault(DELIVERED, 0L), scenario.msel().size());
    }

    private Map<String, Long> marks() throws ScenarioException {
        try {
            return new TreeMap<>(store.syncMarks(PREFIX));
        } catch (StoreException e) {
            throw new ScenarioException(Messages.format(Messages.RUN_STORE_FAILED, e.getMessage()), e);
        }
    }

    private void raise(Map<String, Long> marks) throws ScenarioException {
        try {
            store.raiseSyncMarks(marks);
        } catch (StoreException e) {
            throw new ScenarioException(Messages.format(Messages.RUN_STORE_FAILED, e.getMessage()), e);
        }
    }

    private static String orderKey(int index, OrderKind kind) {
        return String.format("%s%08d/%s", ORDER, index, kind.name());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
