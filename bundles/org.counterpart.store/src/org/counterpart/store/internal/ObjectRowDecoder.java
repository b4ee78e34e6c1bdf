package org.counterpart.store.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

import org.counterpart.store.StoreException;
import org.counterpart.store.StoreException.Reason;
import org.counterpart.store.journal.FeatureValueCodec;
import org.counterpart.store.journal.ObjectIds;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Makes the object of one stored row, on the thread that scans the rows: its class, its id and every value that
 * needs no other object (attributes, and embedded values that hold no references). References wait in the
 * returned row until every object exists. An object is only touched by the scanning thread until the row is
 * handed over, so the objects need no locking; the metamodel is shared, and only read.
 */
final class ObjectRowDecoder implements ObjectRowScan.RowDecoder<ObjectRowDecoder.LoadedRow> {

	/** A stored value that needs other objects, decoded from the state column. */
	record StoredFeature(EStructuralFeature feature, List<String> values) {
	}

	/** A made object with its place and the stored values still to be set. */
	record LoadedRow(String id, EObject object, String containerId, String containerFeature, long position,
			List<StoredFeature> pending) {
	}

	/** The classes of one load by URI, shared by its decoders. */
	static final class ClassTable {

		private final EPackage.Registry registry;
		private final ConcurrentMap<String, EClass> classes = new ConcurrentHashMap<>();

		ClassTable(EPackage.Registry registry) {
			this.registry = registry;
		}

		private final Set<EClass> prepared = new HashSet<>();
		private final ConcurrentMap<EStructuralFeature, Boolean> independent = new ConcurrentHashMap<>();

		/**
		 * The class for a stored URI, or {@code null}. Resolution is serialized, as registries are not thread-safe,
		 * and prepares the class's metadata before any scan thread sees the class.
		 */
		EClass resolve(String classUri) {
			EClass eClass = classes.get(classUri);
			if (eClass != null) {
				return eClass;
			}
			synchronized (this) {
				return classes.computeIfAbsent(classUri, u -> {
					EClass resolved = ObjectIds.resolveClass(registry, u);
					if (resolved != null) {
						prepare(resolved);
						for (EStructuralFeature feature : resolved.getEAllStructuralFeatures()) {
							independent.put(feature, ObjectRowDecoder.isIndependent(feature, new HashSet<>()));
						}
					}
					return resolved;
				});
			}
		}

		/** Whether a feature of a resolved class can be set on a scan thread: see {@link ObjectRowDecoder#isIndependent}. */
		boolean isIndependent(EStructuralFeature feature) {
			return independent.get(feature);
		}

		/**
		 * Has EMF compute now what it computes on first use (the class's features, their ids and setting delegates),
		 * for this class and the classes its features lead to: generated packages do so when they are made, dynamic
		 * ones do not, and the scan threads must only read the metamodel.
		 */
		private void prepare(EClass eClass) {
			if (!prepared.add(eClass)) {
				return;
			}
			eClass.getEAllSuperTypes();
			eClass.getEAllContainments();
			eClass.getEIDAttribute();
			for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
				eClass.getFeatureID(feature);
				eClass.getEStructuralFeature(feature.getName());
				((EStructuralFeature.Internal) feature).getSettingDelegate();
				feature.getDefaultValue();
				if (feature.getEType() instanceof EClass type) {
					prepare(type);
				} else if (feature.getEType() instanceof EDataType type) {
					type.getInstanceClass();
				}
			}
		}
	}

	private final ClassTable classes;
	private final FeatureValueCodec.BulkDecoder values = new FeatureValueCodec.BulkDecoder(id -> null);
	private final Map<EClass, ObjectState.Reader<EStructuralFeature>> readers = new HashMap<>();

	ObjectRowDecoder(ClassTable classes) {
		this.classes = classes;
	}

	@Override
	public LoadedRow decode(ObjectRowScan.RawRow raw) throws StoreException {
		EClass eClass = classes.resolve(raw.classUri());
		if (eClass == null || eClass.isAbstract()) {
			throw new StoreException(Reason.UNSUPPORTED_VERSION, Messages.format(Messages.UNKNOWN_CLASS, raw.classUri()));
		}
		EObject o = EcoreUtil.create(eClass);
		List<StoredFeature> pending = new ArrayList<>(4);
		try {
			ObjectIds.setId(o, raw.id());
			ObjectState.Reader<EStructuralFeature> reader = readers.get(eClass);
			if (reader == null) {
				reader = new ObjectState.Reader<>(eClass::getEStructuralFeature);
				readers.put(eClass, reader);
			}
			reader.read(raw.state(), raw.stateLength(), (feature, texts) -> {
				if (feature == null) {
					return; // a feature removed from the metamodel: its value is dropped
				}
				if (classes.isIndependent(feature)) {
					try {
						applyFeature(o, feature, texts, values);
						return;
					} catch (RuntimeException e) {
						// a value of another class than expected, or damage: the main thread tries again, and says which
					}
				}
				pending.add(new StoredFeature(feature, new ArrayList<>(texts)));
			});
		} catch (IOException | RuntimeException e) {
			throw new StoreException(Reason.CORRUPT, Messages.format(Messages.CORRUPT_STATE, raw.id()));
		}
		return new LoadedRow(raw.id(), o, raw.containerId(), raw.containerFeature(), raw.position(), pending);
	}

	/**
	 * An attribute, or an embedded value whose class (with no subclasses in its package) holds attributes and such
	 * values only: what a scan thread can set without other objects.
	 */
	private static boolean isIndependent(EStructuralFeature feature, Set<EClass> seen) {
		if (feature instanceof EAttribute) {
			return true;
		}
		if (!FeatureValueCodec.isEmbedded(feature)) {
			return false;
		}
		EClass type = ((EReference) feature).getEReferenceType();
		if (!seen.add(type)) {
			return false; // it nests itself: leave it to the main thread
		}
		for (Object classifier : type.getEPackage().getEClassifiers()) {
			if (classifier != type && classifier instanceof EClass c && type.isSuperTypeOf(c)) {
				return false; // other classes may turn up in the value
			}
		}
		for (EStructuralFeature f : type.getEAllStructuralFeatures()) {
			if (FeatureValueCodec.isStored(f) && !isIndependent(f, seen)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Sets the pending values of made objects, once every object exists, on this thread and one more: setting a
	 * plain reference changes only its own object. References with an opposite (setting one changes the object at
	 * the other end) and embedded values (whose classes the scan did not prepare) are set afterwards on this thread.
	 *
	 * @throws StoreException for the first row whose values cannot be set
	 */
	static void applyPending(List<LoadedRow> rows, Function<String, EObject> resolve) throws StoreException {
		int half = rows.size() / 2;
		StoreException[] secondFailure = new StoreException[1];
		Thread second = Thread.ofPlatform().daemon().name("Counterpart store load references")
				.start(() -> secondFailure[0] = applyPending(rows.subList(half, rows.size()), resolve, false));
		StoreException failure = applyPending(rows.subList(0, half), resolve, false);
		Threads.joinUninterruptibly(second);
		if (failure == null) {
			failure = secondFailure[0];
		}
		if (failure == null) {
			failure = applyPending(rows, resolve, true);
		}
		if (failure != null) {
			throw failure;
		}
	}

	private static StoreException applyPending(List<LoadedRow> rows, Function<String, EObject> resolve, boolean sequential) {
		FeatureValueCodec.BulkDecoder decoder = new FeatureValueCodec.BulkDecoder(resolve);
		for (LoadedRow row : rows) {
			try {
				for (StoredFeature pending : row.pending()) {
					if (isSequential(pending.feature()) == sequential) {
						applyFeature(row.object(), pending.feature(), pending.values(), decoder);
					}
				}
			} catch (RuntimeException e) {
				return new StoreException(Reason.CORRUPT, Messages.format(Messages.CORRUPT_STATE, row.id()));
			}
		}
		return null;
	}

	private static boolean isSequential(EStructuralFeature feature) {
		return !(feature instanceof EReference ref) || ref.getEOpposite() != null || FeatureValueCodec.isEmbedded(ref);
	}

	/**
	 * Sets stored feature values. Both ends of a bidirectional reference are stored; setting one end also
	 * fills the other, so lists are brought into the stored order by moving rather than adding twice.
	 */
	@SuppressWarnings("unchecked")
	static void applyFeature(EObject o, EStructuralFeature f, List<String> texts, FeatureValueCodec.BulkDecoder decoder) {
		if (!FeatureValueCodec.isStored(f)) {
			return;
		}
		if (!f.isMany()) {
			Object v = decoder.decode(f, texts.isEmpty() ? null : texts.get(0));
			if (!(f instanceof EReference ref && ref.getEOpposite() != null && o.eGet(f) == v && v != null)) {
				o.eSet(f, v);
			}
			return;
		}
		List<Object> decoded = new ArrayList<>(texts.size());
		for (String t : texts) {
			decoded.add(decoder.decode(f, t));
		}
		InternalEList<Object> list = (InternalEList<Object>) o.eGet(f);
		if (f instanceof EReference ref && ref.getEOpposite() != null) {
			for (int i = 0; i < decoded.size(); i++) {
				int at = list.indexOf(decoded.get(i));
				if (at < 0) {
					list.addUnique(i, decoded.get(i));
				} else if (at != i) {
					list.move(i, at);
				}
			}
		} else {
			list.addAllUnique(decoded);
		}
	}
}
