package org.counterpart.store.journal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
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
import org.eclipse.emf.ecore.EcorePackage;
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

	/**
	 * Decodes the values of many objects in a row, as loading a whole store does: an embedded value met
	 * again (the same marking on thousands of objects) is unpacked once and only its objects are made anew,
	 * and dates in the stored form are read without a general-purpose parser. One per load; not thread-safe.
	 */
	public static final class BulkDecoder {

		private record EmbeddedForm(EClass eClass, List<EStructuralFeature> features, List<List<String>> values) {
		}

		private final Function<String, EObject> resolve;
		private final Map<String, EmbeddedForm> embeddedForms = new HashMap<>();

		/** @param resolve finds a reference target by id; returns {@code null} if there is none */
		public BulkDecoder(Function<String, EObject> resolve) {
			this.resolve = resolve;
		}

		/** As {@link FeatureValueCodec#decode(EStructuralFeature, String, Function)}. */
		public Object decode(EStructuralFeature feature, String text) {
			if (text == null) {
				return null;
			}
			if (feature instanceof EAttribute attribute) {
				EDataType type = attribute.getEAttributeType();
				Class<?> instanceClass = type.getInstanceClass();
				if (instanceClass == String.class && type.getEPackage() == EcorePackage.eINSTANCE) {
					return text;
				}
				if (instanceClass == Date.class) {
					Date date = parseUtcDate(text);
					if (date != null) {
						return date;
					}
				}
				return FeatureValueCodec.decode(feature, text, resolve);
			}
			if (isEmbedded(feature)) {
				return decodeEmbedded((EReference) feature, text);
			}
			EObject target = resolve.apply(text);
			if (target == null) {
				throw new IllegalArgumentException("Reference " + feature.getName() + " to unknown object " + text);
			}
			return target;
		}

		@SuppressWarnings("unchecked")
		private EObject decodeEmbedded(EReference ref, String text) {
			EmbeddedForm form = embeddedForms.get(text);
			if (form == null) {
				form = readEmbedded(ref, text);
				embeddedForms.put(text, form);
			} else if (!ref.getEReferenceType().isSuperTypeOf(form.eClass())) {
				throw new IllegalArgumentException("Value of " + ref.getName() + " has an unknown class");
			}
			EObject o = EcoreUtil.create(form.eClass());
			for (int i = 0; i < form.features().size(); i++) {
				EStructuralFeature f = form.features().get(i);
				List<String> texts = form.values().get(i);
				if (f.isMany()) {
					List<Object> values = new ArrayList<>(texts.size());
					for (String t : texts) {
						values.add(decode(f, t));
					}
					((List<Object>) o.eGet(f)).addAll(values);
				} else {
					o.eSet(f, texts.isEmpty() ? null : decode(f, texts.get(0)));
				}
			}
			return o;
		}

		private static EmbeddedForm readEmbedded(EReference ref, String text) {
			try {
				DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text)));
				EClass eClass = embeddedClass(ref, OperationCodec.readString(in));
				long count = OperationCodec.readVarLong(in);
				List<EStructuralFeature> features = new ArrayList<>();
				List<List<String>> values = new ArrayList<>();
				for (long i = 0; i < count; i++) {
					EStructuralFeature f = eClass.getEStructuralFeature(OperationCodec.readString(in));
					long n = OperationCodec.readVarLong(in);
					List<String> texts = new ArrayList<>();
					for (long k = 0; k < n; k++) {
						texts.add(in.readBoolean() ? OperationCodec.readString(in) : null);
					}
					if (f != null && isStored(f)) { // else a feature removed from the metamodel
						features.add(f);
						values.add(texts);
					}
				}
				return new EmbeddedForm(eClass, features, values);
			} catch (IOException | IllegalArgumentException e) {
				throw new IllegalArgumentException("Value of " + ref.getName() + " is malformed", e);
			}
		}
	}

	/**
	 * A date in exactly the form {@link #encode} writes ({@code 2024-03-05T10:20:30.123+0000}), or {@code null}
	 * for any other text (which then goes to the general parser).
	 */
	static Date parseUtcDate(String t) {
		if (t.length() != 28 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
				|| t.charAt(16) != ':' || t.charAt(19) != '.' || !t.endsWith("+0000")) {
			return null;
		}
		int year = digits(t, 0, 4);
		int month = digits(t, 5, 2);
		int day = digits(t, 8, 2);
		int hour = digits(t, 11, 2);
		int minute = digits(t, 14, 2);
		int second = digits(t, 17, 2);
		int milli = digits(t, 20, 3);
		if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
				|| second < 0 || second > 59 || milli < 0) {
			return null;
		}
		long epochDay;
		try {
			epochDay = LocalDate.of(year, month, day).toEpochDay();
		} catch (DateTimeException e) {
			return null;
		}
		return new Date(((epochDay * 24 + hour) * 60 + minute) * 60_000L + second * 1000L + milli);
	}

	private static int digits(String t, int from, int count) {
		int v = 0;
		for (int i = from; i < from + count; i++) {
			char c = t.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			v = v * 10 + (c - '0');
		}
		return v;
	}

	private static EClass embeddedClass(EReference ref, String classUri) {
		EClass type = ref.getEReferenceType();
		EClass eClass = ObjectIds.classUri(type).equals(classUri) ? type
				: ObjectIds.resolveClass(EPackage.Registry.INSTANCE, classUri);
		if (eClass == null || eClass.isAbstract() || !type.isSuperTypeOf(eClass)) {
			throw new IllegalArgumentException("Value of " + ref.getName() + " has an unknown class");
		}
		return eClass;
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
			EClass eClass = embeddedClass(ref, OperationCodec.readString(in));
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
