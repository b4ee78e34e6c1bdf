package org.counterpart.sync;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.counterpart.model.Identified;
import org.counterpart.model.marking.MarkingSummary;
import org.counterpart.model.validation.WorkspaceValidation;
import org.counterpart.security.DeviceBinding;
import org.counterpart.security.DeviceCountry;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.ObjectIds;
import org.counterpart.store.journal.Operation;
import org.counterpart.sync.internal.Messages;
import org.counterpart.sync.internal.SyncMarks;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * What the next package for some recipients would carry, before it is written, and why it may not go: the
 * operations they have not acknowledged (as {@link PackageWriter#write} chooses them, with the attachments the store
 * holds that they refer to), the objects they touch by kind, the highest marking among those objects, and the
 * reasons to refuse the export:
 * <ul>
 * <li>an operation whose objects are not releasable ({@link ReleasabilityFilter}) to a recipient's country (the C
 * attribute of its certificate, see {@link DeviceCountry}); a headquarters recipient may receive everything, and a
 * recipient whose certificate names no country cannot be judged and is refused;</li>
 * <li>an object marked final (its {@code status} is {@code FINAL}) that the package touches and that has validation
 * errors: a finished report does not leave with errors in it.</li>
 * </ul>
 * Everything is judged on {@code workspace}, which must hold the store's saved state.
 */
public final class ExportPreview {

    /** At most this many objects are named per reason; the rest are counted. */
    private static final int NAMED = 5;

    private final long operationCount;
    private final long lastPackage;
    private final SortedMap<String, Integer> objectsByKind;
    private final MarkingSummary marking;
    private final SortedMap<String, Long> attachments;
    private final List<String> refusals;

    /** The kind under which {@link #objectsByKind()} counts objects deleted since, whose kind is no longer known. */
    public static final String DELETED_KIND = "(deleted)";

    private ExportPreview(long operationCount, long lastPackage, SortedMap<String, Integer> objectsByKind,
            MarkingSummary marking, SortedMap<String, Long> attachments, List<String> refusals) {
        this.operationCount = operationCount;
        this.lastPackage = lastPackage;
        this.objectsByKind = Collections.unmodifiableSortedMap(objectsByKind);
        this.marking = marking;
        this.attachments = Collections.unmodifiableSortedMap(attachments);
        this.refusals = List.copyOf(refusals);
    }

    /**
     * Looks at what a package from {@code store}, signed with {@code own}, to {@code recipients} would carry.
     *
     * @param workspace the store's workspace, as saved
     */
    public static ExportPreview of(WorkspaceStore store, Resource workspace, X509Certificate own,
            Collection<X509Certificate> recipients) throws PackageException {
        try {
            Map<String, Long> from = PackageWriter.unacknowledged(store, recipients, own);
            List<Operation> operations = new ArrayList<>();
            for (Map.Entry<String, Long> device : from.entrySet()) {
                store.readJournal(device.getKey(), device.getValue(), operations::add);
            }
            Map<String, EObject> objects = index(workspace);
            Set<String> touched = new LinkedHashSet<>();
            SortedMap<String, Long> attachments = new TreeMap<>();
            Map<String, Long> held = null;
            Map<String, String> createdKinds = new HashMap<>();
            for (Operation operation : operations) {
                if (operation.kind() == Operation.Kind.RESOLVE) {
                    continue;
                }
                touched.add(operation.objectId());
                if (operation.eClass() != null) {
                    createdKinds.put(operation.objectId(),
                            operation.eClass().substring(operation.eClass().lastIndexOf('#') + 1));
                }
                if (PackageWriter.refersToAttachment(operation)) {
                    if (held == null) {
                        held = store.attachments();
                    }
                    Long size = held.get(operation.value());
                    if (size != null) {
                        attachments.put(operation.value(), size);
                    }
                }
            }
            SortedMap<String, Integer> byKind = new TreeMap<>();
            List<EObject> live = new ArrayList<>();
            for (String id : touched) {
                EObject object = objects.get(id);
                if (object != null) {
                    live.add(object);
                }
                String kind = object != null ? object.eClass().getName() : createdKinds.get(id);
                // An object deleted since, whose creation is in an earlier package, has no kind left to name.
                byKind.merge(kind != null ? kind : DELETED_KIND, 1, Integer::sum);
            }
            MarkingSummary marking = MarkingSummary.EMPTY;
            for (EObject object : live) {
                if (object instanceof Identified identified) {
                    marking = marking.with(MarkingSummary.of(identified.getEffectiveMarking()));
                }
            }
            List<String> refusals = new ArrayList<>();
            for (X509Certificate recipient : recipients) {
                if (!recipient.equals(own)) {
                    refuseUnreleasable(workspace, recipient, operations, objects, refusals);
                }
            }
            refuseInvalidFinal(live, refusals);
            long last = store.syncMarks(SyncMarks.PACKAGE_SEQUENCE).getOrDefault(SyncMarks.PACKAGE_SEQUENCE, 0L);
            return new ExportPreview(operations.size(), last, byKind, marking, attachments, refusals);
        } catch (StoreException | IOException e) {
            throw new PackageException(PackageException.Reason.STORE,
                    Messages.format(Messages.STORE_FAILED, e.getMessage()), e);
        }
    }

    private static void refuseUnreleasable(Resource workspace, X509Certificate recipient, List<Operation> operations,
            Map<String, EObject> objects, List<String> refusals) {
        String subject = recipient.getSubjectX500Principal().getName();
        if (DeviceBinding.isHeadquarters(recipient)) {
            return;
        }
        Optional<String> country = DeviceCountry.of(recipient);
        if (country.isEmpty()) {
            refusals.add(Messages.format(Messages.NO_COUNTRY, subject));
            return;
        }
        ReleasabilityFilter filter = new ReleasabilityFilter(workspace, country.get());
        Set<String> withheld = new LinkedHashSet<>();
        for (Operation operation : operations) {
            if (!filter.admits(operation)) {
                withheld.add(operation.objectId());
            }
        }
        if (!withheld.isEmpty()) {
            refusals.add(Messages.format(Messages.NOT_RELEASABLE, withheld.size(), country.get(), subject,
                    names(withheld, objects)));
        }
    }

    private static void refuseInvalidFinal(List<EObject> live, List<String> refusals) {
        for (EObject object : live) {
            if (!isFinal(object)) {
                continue;
            }
            for (Diagnostic problem : WorkspaceValidation.validateOne(object)) {
                if (problem.getSeverity() == Diagnostic.ERROR) {
                    refusals.add(Messages.format(Messages.FINAL_INVALID, problem.getMessage()));
                }
            }
        }
    }

    /** Whether the object has a {@code status} attribute whose value is {@code FINAL}. */
    private static boolean isFinal(EObject object) {
        EStructuralFeature status = object.eClass().getEStructuralFeature("status");
        return status instanceof EAttribute && object.eIsSet(status)
                && "FINAL".equalsIgnoreCase(String.valueOf(object.eGet(status)));
    }

    private static String names(Set<String> ids, Map<String, EObject> objects) {
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            if (names.size() == NAMED) {
                names.add(Messages.format(Messages.AND_MORE, ids.size() - NAMED));
                break;
            }
            EObject object = objects.get(id);
            names.add(object == null ? id : object.eClass().getName() + " " + label(object, id));
        }
        return String.join(", ", names);
    }

    private static String label(EObject object, String id) {
        for (String feature : new String[] { "name", "title", "text" }) {
            EStructuralFeature named = object.eClass().getEStructuralFeature(feature);
            if (named instanceof EAttribute && object.eGet(named) instanceof String text && !text.isBlank()) {
                String shortened = text.length() > 40 ? text.substring(0, 40) + "…" : text;
                return "'" + shortened + "'";
            }
        }
        return id;
    }

    private static Map<String, EObject> index(Resource workspace) {
        Map<String, EObject> objects = new HashMap<>();
        workspace.getAllContents().forEachRemaining(object -> {
            // Every object the journal names, not only the domain's: the diagram state has ids of its own.
            String id = ObjectIds.id(object);
            if (id != null) {
                objects.put(id, object);
            }
        });
        return objects;
    }

    /** How many operations the package would carry. */
    public long operationCount() {
        return operationCount;
    }

    /** The number of the last package this store wrote, 0 if none; the next is one higher. */
    public long lastPackage() {
        return lastPackage;
    }

    /** The objects the operations touch, by kind (class name); objects deleted since count under their created kind. */
    public SortedMap<String, Integer> objectsByKind() {
        return objectsByKind;
    }

    /** The joined marking of the objects the package touches (the highest classification among them). */
    public MarkingSummary marking() {
        return marking;
    }

    /** The stored attachments the operations refer to, by SHA-256, with their sizes: they go with the package. */
    public SortedMap<String, Long> attachments() {
        return attachments;
    }

    /** Why the package may not go, one sentence each; empty when it may. */
    public List<String> refusals() {
        return refusals;
    }

    /** Whether the package may go. */
    public boolean mayExport() {
        return refusals.isEmpty();
    }
}
