package org.counterpart.store.journal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.FeatureMapUtil;

/**
 * Which features of an EMF object make up its state, and how their values become strings and back.
 * <p>
 * A feature is stored if it is changeable, neither transient nor derived, not a container reference (the
 * containment side says where an object is) and not a feature map. Attribute values are
 * {@link EcoreUtil#convertToString} of their data type, except dates, which are written in UTC so that the
 * same instant has the same text on every device whatever its time zone (the canonical state hash relies
 * on this). Reference values are the target's id.
 * </p>
 * <p>
 * A contained object whose class has no ID attribute (e.g. a handling marking) has no identity of its own:
 * it is <em>embedded</em>, a value of its container's feature like an attribute value. Its string form is
 * the Base64 of its class URI and its own state (features sorted by name), so changing anything inside it
 * is a SET of the whole value on the nearest object that has an id.
 * </p>
 */
public final class FeatureValueCodec {

	/** EMF's own date format (so EcoreUtil can read it too), always in UTC; thread-safe, unlike SimpleDateFormat. */
	private static final DateTimeFormatter UTC_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx")
			.withZone(ZoneOffset.UTC);

	private FeatureValueCodec() {
	}

	public static boolean isStored(EStructuralFeature feature) {
		if (feature.isTransient() || feature.isDerived() || !feature.isChangeable() || FeatureMapUtil.isFeatureMap(feature)) {
			return false;
		}
		return !(feature instanceof EReference ref && ref.isContainer());
	}

	/** A containment of objects that have ids: they are objects of their own, placed in the tree. */
	public static boolean isContainment(EStructuralFeature feature) {
		return feature instanceof EReference ref && ref.isContainment() && !isEmbedded(ref);
	}

	/** A containment of objects without identity, stored as values (see class comment). */
	public static boolean isEmbedded(EStructuralFeature feature) {
		return feature instanceof EReference ref && ref.isContainment() && ref.getEReferenceType().getEIDAttribute() == null;
	}

	/**
	 * The stored state of an object, feature names to encoded values: every stored feature that is set,
	 * except the ID attribute and containments of objects with ids (those say where the children are, and
	 * the children say it too).
	 */
	public static TreeMap<String, List<String>> stateOf(EObject o) {
		TreeMap<String, List<String>> features = new TreeMap<>();
		EClass c = o.eClass();
		for (EStructuralFeature f : c.getEAllStructuralFeatures()) {
			if (!isStored(f) || isContainment(f) || f == c.getEIDAttribute() || !o.eIsSet(f)) {
				continue;
			}
			if (f.isMany()) {
				List<?> values = (List<?>) o.eGet(f);
				List<String> texts = new ArrayList<>(values.size());
				for (Object v : values) {
					texts.add(encode(f, v));
				}
				features.put(f.getName(), texts);
			} else {
				List<String> one = new ArrayList<>(1);
				one.add(encode(f, o.eGet(f)));
				features.put(f.getName(), one);
			}
		}
		return features;
	}

	/** The string form of one value of {@code feature} (not of a whole list). */
	public static String encode(EStructuralFeature feature, Object value) {
		if (value == null) {
			return null;
		}
		if (feature instanceof EAttribute attribute) {
			EDataType type = attribute.getEAttributeType();
			if (value instanceof Date date && type.getInstanceClass() == Date.class) {
				return UTC_DATE.format(date.toInstant());
			}
			return EcoreUtil.convertToString(type, value);
		}
		if (isEmbedded(feature)) {
			return encodeEmbedded((EObject) value);
		}
		String id = ObjectIds.id((EObject) value);
		if (id == null) {
			throw new IllegalStateException("Reference " + feature.getName() + " points to an object without id");
		}
		return id;
	}

	/**
	 * The value for a string form.
	 *
	 * @param resolve finds a reference target by id; returns {@code null} if there is none
	 * @throws IllegalArgumentException if a reference target cannot be found or an attribute value cannot be
	 *                                  parsed
	 */
	public static Object decode(EStructuralFeature feature, String text, Function<String, EObject> resolve) {
		if (text == null) {
			return null;
		}
		if (feature instanceof EAttribute attribute) {
			EDataType type = attribute.getEAttributeType();
			if (type.getInstanceClass() == Date.class) {
				try {
					return Date.from(OffsetDateTime.parse(text, UTC_DATE).toInstant());
				} catch (DateTimeParseException e) {
					// not written by this class: let EMF try its formats
				}
			}
			return EcoreUtil.createFromString(type, text);
		}
		if (isEmbedded(feature)) {
			return decodeEmbedded((EReference) feature, text, resolve);
		}
		EObject target = resolve.apply(text);
		if (target == null) {
			throw new IllegalArgumentException("Reference " + feature.getName() + " to unknown object " + text);
		}
		return target;
	}

	private static String encodeEmbedded(EObject o) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
		DataOutputStream out = new DataOutputStream(bytes);
		try {
			OperationCodec.writeString(out, ObjectIds.classUri(o.eClass()));
			Map<String, List<String>> state = stateOf(o);
			OperationCodec.writeVarLong(out, state.size());
			for (Map.Entry<String, List<String>> e : state.entrySet()) {
				OperationCodec.writeString(out, e.getKey());
				OperationCodec.writeVarLong(out, e.getValue().size());
				for (String v : e.getValue()) {
					out.writeBoolean(v != null);
					if (v != null) {
						OperationCodec.writeString(out, v);
					}
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Base64.getEncoder().encodeToString(bytes.toByteArray());
	}

	@SuppressWarnings("unchecked")
	private static EObject decodeEmbedded(EReference ref, String text, Function<String, EObject> resolve) {
		try {
			DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text)));
			String classUri = OperationCodec.readString(in);
			EClass type = ref.getEReferenceType();
			EClass eClass = ObjectIds.classUri(type).equals(classUri) ? type
					: ObjectIds.resolveClass(EPackage.Registry.INSTANCE, classUri);
			if (eClass == null || eClass.isAbstract() || !type.isSuperTypeOf(eClass)) {
				throw new IllegalArgumentException("Value of " + ref.getName() + " has an unknown class");
			}
			EObject o = EcoreUtil.create(eClass);
			long features = OperationCodec.readVarLong(in);
			for (long i = 0; i < features; i++) {
				EStructuralFeature f = eClass.getEStructuralFeature(OperationCodec.readString(in));
				long n = OperationCodec.readVarLong(in);
				List<String> texts = new ArrayList<>();
				for (long k = 0; k < n; k++) {
					texts.add(in.readBoolean() ? OperationCodec.readString(in) : null);
				}
				if (f == null || !isStored(f)) {
					continue; // a feature removed from the metamodel
				}
				List<Object> values = new ArrayList<>(texts.size());
				for (String t : texts) {
					values.add(decode(f, t, resolve));
				}
				if (f.isMany()) {
					((List<Object>) o.eGet(f)).addAll(values);
				} else {
					o.eSet(f, values.isEmpty() ? null : values.get(0));
				}
			}
			return o;
		} catch (IOException | IllegalArgumentException e) {
			throw new IllegalArgumentException("Value of " + ref.getName() + " is malformed", e);
		}
	}
}
