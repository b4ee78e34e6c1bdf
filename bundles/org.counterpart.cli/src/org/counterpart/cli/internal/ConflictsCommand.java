package org.counterpart.cli.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.counterpart.cli.CliException;
import org.counterpart.cli.ExitCodes;
import org.counterpart.model.util.ObjectLabels;
import org.counterpart.store.Conflict;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.FeatureValueCodec;
import org.counterpart.store.journal.HybridLogicalClock;
import org.counterpart.store.journal.ObjectIds;
import org.counterpart.store.journal.Operation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code counterpart-cli conflicts}: lists the conflicts merges recorded, and resolves one.
 */
@Command(name = "conflicts", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = { "Lists the conflicts that merging packages recorded and no one has resolved yet: two devices wrote",
                "different values to one field, moved one object to different places, one deleted an object the",
                "other edited, or one deleted an object the other referred to (DROPPED_REFERENCE). The merge kept one",
                "side everywhere; the other is listed here. One line each:",
                "  ID KIND CLASS \"OBJECT\" FIELD: kept VALUE (device [\"NAME\"] D #N, TIME) over VALUE (device [\"NAME\"] D #N, TIME) key=KEY",
                "Exit code 1 while any conflict is open, 0 when there is none.",
                "With --resolve ID (the short ID or the whole KEY) the conflict is resolved: the kept side stays,",
                "or with --apply-other-side the other side is written again as a new change (a dropped reference",
                "refers to its object again, which comes back as it last was if it is still deleted). The resolution travels",
                "to other devices in the next package. The passphrase comes from COUNTERPART_PASSPHRASE or the terminal." })
public class ConflictsCommand extends CliSubcommand {

    /** Longest value shown, in characters. */
    private static final int VALUE_LENGTH = 60;

    @Mixin
    StoreCommand.StoreOption store;

    @Option(names = "--resolve", paramLabel = "ID", description = "Resolve the conflict with this short ID or key.")
    String resolve;

    @Option(names = "--apply-other-side",
            description = "With --resolve: write the side the merge did not keep, instead of keeping the merged one.")
    boolean applyOtherSide;

    @Override
    public Integer call() throws CliException {
        if (applyOtherSide && resolve == null) {
            throw CliException.usage("--apply-other-side needs --resolve ID.");
        }
        try (WorkspaceStore workspace = store.location.open(environment())) {
            Resource resource = workspace.load();
            Labels labels = new Labels(resource, workspace.deviceNames());
            List<Conflict> conflicts = workspace.conflicts();
            if (resolve != null) {
                return resolve(workspace, labels, conflicts);
            }
            if (conflicts.isEmpty()) {
                out().println("No open conflicts.");
                return ExitCodes.OK;
            }
            for (Conflict conflict : conflicts) {
                out().println(labels.line(conflict));
            }
            out().printf("%d open conflict%s. Resolve one with --resolve ID [--apply-other-side].%n", conflicts.size(),
                    conflicts.size() == 1 ? "" : "s");
            return ExitCodes.PROBLEMS_FOUND;
        } catch (StoreException e) {
            throw CliException.failed(e.getMessage(), e);
        }
    }

    private Integer resolve(WorkspaceStore workspace, Labels labels, List<Conflict> conflicts) throws CliException {
        List<Conflict> matches = new ArrayList<>();
        for (Conflict conflict : conflicts) {
            if (conflict.key().equals(resolve) || shortId(conflict).equalsIgnoreCase(resolve)) {
                matches.add(conflict);
            }
        }
        if (matches.isEmpty()) {
            throw CliException.usage("No open conflict has the ID or key '" + resolve + "'. List the open ones with"
                    + " 'counterpart-cli conflicts --store " + store.location + "'. Nothing was changed.");
        }
        if (matches.size() > 1) {
            throw CliException.usage("Several open conflicts have the short ID '" + resolve
                    + "'; give the whole key instead. Nothing was changed.");
        }
        Conflict conflict = matches.get(0);
        try {
            workspace.resolveConflict(conflict, applyOtherSide);
        } catch (StoreException e) {
            throw CliException.failed(e.getMessage() + " Nothing was changed.", e);
        }
        Operation chosen = applyOtherSide ? conflict.loser() : conflict.winner();
        out().printf("Resolved %s: %s %s, %s %s.%n", shortId(conflict), labels.object(conflict.objectId()),
                labels.register(conflict), applyOtherSide ? "applied the other side," : "kept",
                labels.side(conflict, chosen));
        return ExitCodes.OK;
    }

    /** Eight hex digits of the SHA-256 of the key: short to type, the same on every device. */
    static String shortId(Conflict conflict) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(conflict.key().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** How conflicts read for an analyst: objects by class and label, values as the workspace shows them. */
    private static final class Labels {

        private final Map<String, EObject> objects = new HashMap<>();
        private final Map<String, String> deviceNames;

        Labels(Resource resource, Map<String, String> deviceNames) {
            this.deviceNames = deviceNames;
            resource.getAllContents().forEachRemaining(object -> {
                String id = ObjectIds.id(object);
                if (id != null) {
                    objects.put(id, object);
                }
            });
        }

        String line(Conflict conflict) {
            return shortId(conflict) + " " + conflict.kind() + " " + object(conflict.objectId()) + " "
                    + register(conflict) + ": kept " + side(conflict, conflict.winner()) + " over "
                    + side(conflict, conflict.loser()) + " key=" + conflict.key();
        }

        String object(String id) {
            EObject object = objects.get(id);
            return object == null ? "deleted object " + id
                    : object.eClass().getName() + " \"" + shorten(ObjectLabels.labelOf(object)) + "\"";
        }

        String register(Conflict conflict) {
            return conflict.feature() != null ? conflict.feature() : "place";
        }

        /** One side: what the operation did, its device, sequence number and time (UTC). */
        String side(Conflict conflict, Operation op) {
            String name = deviceNames.get(op.deviceId());
            return what(conflict, op) + " (device " + (name == null ? "" : "\"" + name + "\" ") + op.deviceId() + " #"
                    + op.sequence() + ", "
                    + Instant.ofEpochMilli(HybridLogicalClock.physical(op.timestamp())) + ")";
        }

        private String what(Conflict conflict, Operation op) {
            return switch (op.kind()) {
                case DELETE -> "deleted";
                case SET -> (conflict.kind() == Conflict.Kind.VALUE ? "" : "set " + op.feature() + " to ")
                        + value(op.objectId(), op.feature(), op.value());
                case UNSET -> conflict.kind() == Conflict.Kind.VALUE ? "(no value)" : "cleared " + op.feature();
                case ADD -> "added " + value(op.objectId(), op.feature(), op.value()) + " to " + op.feature();
                case REMOVE -> "removed " + value(op.objectId(), op.feature(), op.value()) + " from " + op.feature();
                case CREATE -> "created in " + place(op);
                case MOVE -> op.isListMove() ? "reordered " + op.feature() : (conflict.kind() == Conflict.Kind.MOVE ? "in " : "moved to ") + place(op);
                case RESOLVE -> "resolved";
            };
        }

        private String place(Operation op) {
            return op.containerId() == null ? "the top level" : object(op.containerId()) + " " + op.containmentFeature();
        }

        /** A value as text: quoted for attributes, the object's label for references, the banner for markings. */
        private String value(String objectId, String featureName, String text) {
            if (text == null) {
                return "(no value)";
            }
            EObject owner = objects.get(objectId);
            EStructuralFeature feature = owner == null ? null : owner.eClass().getEStructuralFeature(featureName);
            if (feature instanceof EReference && !FeatureValueCodec.isEmbedded(feature)) {
                return object(text);
            }
            if (feature != null && FeatureValueCodec.isEmbedded(feature)) {
                try {
                    return ObjectLabels.labelOf(FeatureValueCodec.decode(feature, text, objects::get));
                } catch (RuntimeException e) {
                    return "(unreadable value)";
                }
            }
            return "\"" + shorten(text) + "\"";
        }

        private static String shorten(String text) {
            String line = text.strip().replaceAll("\\s+", " ");
            return line.length() <= VALUE_LENGTH ? line : line.substring(0, VALUE_LENGTH - 1) + "…";
        }
    }
}
