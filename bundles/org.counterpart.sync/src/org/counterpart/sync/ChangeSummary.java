package org.counterpart.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.counterpart.store.Conflict;

/**
 * What an import changed in a workspace, for the person who imported it and for whoever looks back at the package
 * later: the objects added, changed and deleted, by kind (the object's class) and by author (the device whose
 * operations made the change), and the conflicts the merge opened. It names every object by id, so that a view can
 * link to it. Built by {@link PackageReader} while it merges (see {@link ImportResult#changes()}); immutable.
 * <p>
 * An object counts as <em>added</em> if it did not exist before the import and does afterwards, <em>deleted</em> if
 * it existed and is gone, and <em>changed</em> if it existed before and after and its state (its attributes,
 * references and place) differs: operations that lost to a later write of this workspace change nothing and are not
 * counted, though they may have opened a conflict. An object created and deleted within one import is not counted.
 * </p>
 */
public final class ChangeSummary {

    /** What happened to one object. */
    public enum Change {
        ADDED, CHANGED, DELETED
    }

    /**
     * One object the import added, changed or deleted.
     *
     * @param objectId the object's id
     * @param kind     the name of its class, e.g. {@code Contact}
     * @param change   what happened to it
     * @param authors  the devices whose operations made the change, sorted
     * @param label    how people name the object (as it was before a delete), or {@code null} if not known
     */
    public record ObjectChange(String objectId, String kind, Change change, SortedSet<String> authors, String label) {

        public ObjectChange {
            authors = Collections.unmodifiableSortedSet(new TreeSet<>(authors));
        }

        /** A change without a label. */
        public ObjectChange(String objectId, String kind, Change change, SortedSet<String> authors) {
            this(objectId, kind, change, authors, null);
        }
    }

    /** How many objects were added, changed and deleted. */
    public record Counts(int added, int changed, int deleted) {

        public static final Counts NONE = new Counts(0, 0, 0);

        public int total() {
            return added + changed + deleted;
        }

        Counts plus(Change change) {
            return switch (change) {
                case ADDED -> new Counts(added + 1, changed, deleted);
                case CHANGED -> new Counts(added, changed + 1, deleted);
                case DELETED -> new Counts(added, changed, deleted + 1);
            };
        }
    }

    /** The summary of an import that changed nothing (a replay, an empty package). */
    public static final ChangeSummary NONE = new ChangeSummary(List.of(), List.of(), Map.of());

    private final List<ObjectChange> objects;
    private final List<Conflict> conflictsOpened;
    private final SortedMap<String, String> authorNames;

    /**
     * @param objects         the objects changed, in any order (kept sorted by kind, then id)
     * @param conflictsOpened the conflicts the import opened
     * @param authorNames     device id to a name for people (such as a certificate subject), for the authors known
     */
    public ChangeSummary(List<ObjectChange> objects, List<Conflict> conflictsOpened, Map<String, String> authorNames) {
        List<ObjectChange> sorted = new ArrayList<>(objects);
        sorted.sort((a, b) -> a.kind().equals(b.kind()) ? a.objectId().compareTo(b.objectId()) : a.kind().compareTo(b.kind()));
        this.objects = List.copyOf(sorted);
        this.conflictsOpened = List.copyOf(conflictsOpened);
        this.authorNames = Collections.unmodifiableSortedMap(new TreeMap<>(authorNames));
    }

    /** Every object added, changed or deleted, sorted by kind, then id. */
    public List<ObjectChange> objects() {
        return objects;
    }

    /** The objects that {@code change} happened to. */
    public List<ObjectChange> objects(Change change) {
        return objects.stream().filter(object -> object.change() == change).toList();
    }

    /** The conflicts the import opened, for an analyst to review. */
    public List<Conflict> conflictsOpened() {
        return conflictsOpened;
    }

    /** Device id to a name for people, for the authors of the changes that have one. */
    public SortedMap<String, String> authorNames() {
        return authorNames;
    }

    /** The name of an author's device for people: its recorded name, or its id. */
    public String authorName(String deviceId) {
        return authorNames.getOrDefault(deviceId, deviceId);
    }

    /** All objects counted together. */
    public Counts totals() {
        Counts counts = Counts.NONE;
        for (ObjectChange object : objects) {
            counts = counts.plus(object.change());
        }
        return counts;
    }

    /** The counts per kind of object (class name), sorted by kind. */
    public SortedMap<String, Counts> byKind() {
        SortedMap<String, Counts> counts = new TreeMap<>();
        for (ObjectChange object : objects) {
            counts.merge(object.kind(), Counts.NONE.plus(object.change()), ChangeSummary::sum);
        }
        return Collections.unmodifiableSortedMap(counts);
    }

    /**
     * The counts per author (device id), sorted by id: an object changed by two devices counts for each of them, so
     * these may add up to more than {@link #totals()}.
     */
    public SortedMap<String, Counts> byAuthor() {
        SortedMap<String, Counts> counts = new TreeMap<>();
        for (ObjectChange object : objects) {
            for (String author : object.authors()) {
                counts.merge(author, Counts.NONE.plus(object.change()), ChangeSummary::sum);
            }
        }
        return Collections.unmodifiableSortedMap(counts);
    }

    /** Whether the import changed nothing and opened no conflict. */
    public boolean isEmpty() {
        return objects.isEmpty() && conflictsOpened.isEmpty();
    }

    /**
     * A short line for logs and the command line, e.g.
     * {@code added=12 changed=3 deleted=1 conflicts=2 kinds=Contact:+5~1,FieldObservation:+7~2-1}.
     */
    public String brief() {
        Counts totals = totals();
        StringBuilder line = new StringBuilder().append("added=").append(totals.added()).append(" changed=")
                .append(totals.changed()).append(" deleted=").append(totals.deleted()).append(" conflicts=")
                .append(conflictsOpened.size());
        SortedMap<String, Counts> kinds = byKind();
        if (!kinds.isEmpty()) {
            StringBuilder list = new StringBuilder();
            kinds.forEach((kind, counts) -> {
                list.append(list.isEmpty() ? "" : ",").append(kind).append(':');
                if (counts.added() > 0) {
                    list.append('+').append(counts.added());
                }
                if (counts.changed() > 0) {
                    list.append('~').append(counts.changed());
                }
                if (counts.deleted() > 0) {
                    list.append('-').append(counts.deleted());
                }
            });
            line.append(" kinds=").append(list);
        }
        return line.toString();
    }

    private static Counts sum(Counts a, Counts b) {
        return new Counts(a.added() + b.added(), a.changed() + b.changed(), a.deleted() + b.deleted());
    }

    @Override
    public String toString() {
        return brief();
    }
}
