package org.counterpart.sync;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

import org.counterpart.model.Identified;
import org.counterpart.model.Marking;
import org.counterpart.model.marking.Releasability;
import org.counterpart.store.journal.FeatureValueCodec;
import org.counterpart.store.journal.ObjectIds;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Decides, on a workspace as it is now, which objects and which operations may go to one country.
 * <p>
 * An object is releasable to a country ({@link Releasability}) if its effective marking ({@link Identified#getEffectiveMarking()})
 * names that country in its REL TO list, and so does every object that contains it (a container's marking
 * bounds what it holds, even where a contained object is marked more widely by mistake). Everything is
 * releasable to {@value #OWNER}; an object without any marking is releasable to nobody else. An id that
 * names no object of the workspace (deleted, or never seen here) is not releasable: there is nothing to
 * judge it by. A class whose metamodel declares a releasability rule ({@link MergeAnnotations}), such as the
 * diagram state of an object, is judged by that rule instead of a marking.
 * </p>
 * <p>
 * An operation may go if its object is releasable, and so is every object it names: the container of a
 * CREATE or move, the value of a reference SET, ADD, REMOVE or list MOVE. A DELETE always may: a tombstone
 * names ids only, and a recipient that held the object must learn that it is gone.
 * </p>
 */
public final class ReleasabilityFilter {

    /** The country that owns the information: everything is releasable to it. */
    public static final String OWNER = Releasability.OWNER;

    private final String country;
    private final Resource workspace;
    private Map<String, EObject> objects;
    private final Map<EObject, Boolean> verdicts = new IdentityHashMap<>();

    /**
     * @param workspace the workspace the verdicts are based on; it must not change while the filter is used
     * @param country   ISO 3166-1 alpha-3 code of the recipient's country
     */
    public ReleasabilityFilter(Resource workspace, String country) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.country = Objects.requireNonNull(country, "country");
    }

    /** Whether information carrying {@code marking} may be released to {@code country}. */
    public static boolean isReleasableTo(Marking marking, String country) {
        return Releasability.isReleasableTo(marking, country);
    }

    /** The recipient's country. */
    public String country() {
        return country;
    }

    /** Whether the object with this id is in the workspace and releasable with all its containers. */
    public boolean isReleasable(String objectId) {
        EObject object = objectId == null ? null : objects().get(objectId);
        return object != null && isReleasable(object);
    }

    /** Whether {@code object} and all its containers are releasable. */
    public boolean isReleasable(EObject object) {
        Boolean known = verdicts.get(object);
        if (known != null) {
            return known;
        }
        verdicts.put(object, Boolean.FALSE); // a reference cycle between followers ends as not releasable
        boolean releasable;
        String rule = MergeAnnotations.releasability(object.eClass());
        if (rule != null) {
            releasable = byRule(object, rule) && (object.eContainer() == null || isReleasable(object.eContainer()));
        } else if (object instanceof Identified identified) {
            releasable = isReleasableTo(identified.getEffectiveMarking(), country)
                    && (object.eContainer() == null || isReleasable(object.eContainer()));
        } else {
            // not an object of the workspace model: nothing says it may go
            releasable = OWNER.equals(country);
        }
        verdicts.put(object, releasable);
        return releasable;
    }

    /** A rule declared by the object's metamodel ({@link MergeAnnotations#RELEASABILITY}). */
    private boolean byRule(EObject object, String rule) {
        if (MergeAnnotations.ALWAYS.equals(rule)) {
            return true;
        }
        if (rule.startsWith(MergeAnnotations.FOLLOWS_REFERENCE)
                && object.eClass().getEStructuralFeature(rule.substring(MergeAnnotations.FOLLOWS_REFERENCE.length())) instanceof EReference reference
                && !reference.isMany() && object.eGet(reference) instanceof EObject followed) {
            return isReleasable(followed);
        }
        return OWNER.equals(country);
    }

    /** Whether {@code operation} may go to the recipient (see the class comment). */
    public boolean admits(Operation operation) {
        if (operation.kind() == Kind.DELETE) {
            return true;
        }
        EObject object = objects().get(operation.objectId());
        if (object == null || !isReleasable(object)) {
            return false;
        }
        if (operation.isPlacement() && operation.containerId() != null && !isReleasable(operation.containerId())) {
            return false;
        }
        if (names(operation) && operation.value() != null) {
            EStructuralFeature feature = object.eClass().getEStructuralFeature(operation.feature());
            if (feature == null) {
                return OWNER.equals(country); // a feature this version does not know: its value cannot be judged
            }
            if (feature instanceof EReference && !FeatureValueCodec.isEmbedded(feature)
                    && !isReleasable(operation.value())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the operation's value may be a reference: SET, ADD, REMOVE and MOVE inside a list. */
    private static boolean names(Operation operation) {
        return switch (operation.kind()) {
            case SET, ADD, REMOVE -> true;
            case MOVE -> operation.isListMove();
            default -> false;
        };
    }

    private Map<String, EObject> objects() {
        if (objects == null) {
            objects = new HashMap<>();
            workspace.getAllContents().forEachRemaining(object -> {
                String id = object instanceof Identified || MergeAnnotations.releasability(object.eClass()) != null ? ObjectIds.id(object) : null;
                if (id != null) {
                    objects.put(id, object);
                }
            });
        }
        return objects;
    }
}
