package org.counterpart.store.internal;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.counterpart.store.journal.FeatureValueCodec;
import org.counterpart.store.journal.ObjectIds;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * The whole stored state in one sequential encoding, kept beside the objects table so that opening a workspace
 * reads one stream instead of decoding a row per object. It is a copy, valid only while no save has changed the
 * objects table since it was written (the store drops its mark in the first statement of every save); the table
 * stays what is stored.
 *
 * <pre>
 * image   := string MAGIC, varint objectCount (with ids), varint classCount, class*, varint rootCount, object*
 * class   := string classUri, varint featureCount, string featureName*   (the features each record of it holds, in order)
 * object  := varint classIndex, string id, varlong position, value* (one per feature of its class)
 * value   := single attribute: u8 0 unset | 1 null | 2 typed
 *            many attribute:   varint count, (u8 0 null | 1 typed)*
 *            embedded:         single: u8 0 unset | 1 null | 2 embedded; many: varint count, embedded*
 *            containment:      varint count, object*
 *            reference:        single: varint 0 unset | 1 null | index + 2; many: varint count, varint index*
 * embedded := varint classIndex, value*
 * typed   := by the attribute's type: string | zigzag varlong (integers, dates in ms) | 8 bytes (double) | 4 bytes
 *            (float) | u8 (boolean) | zigzag varint (enum value) | string (any other type, in its string form)
 * </pre>
 * Objects with an id are numbered in the order they are written (tree order); references give that number.
 */
final class LoadImage {

	private static final String MAGIC = "counterpart-load-image-2";

	/** The most objects a read makes room for in advance: a damaged count must not take the memory. */
	private static final int MAX_PRESIZE = 1 << 22;

	/** The stored state could not be written as an image (an object or value the encoding cannot hold). */
	static final class NotWritable extends Exception {
		private static final long serialVersionUID = 1L;

		NotWritable(String message) {
			super(message);
		}
	}

	/** What a read image holds: the roots in order, every object with an id, and where each one is. */
	record Contents(List<EObject> roots, Map<String, EObject> byId, Map<EObject, Slot> slots) {
	}

	private enum Kind {
		ATTRIBUTE, EMBEDDED, CONTAINMENT, REFERENCE
	}

	private enum ValueType {
		STRING, INTEGER, DATE, DOUBLE, FLOAT, BOOLEAN, ENUM, OTHER
	}

	/** A stored feature of a class as the encoding sees it. */
	private record FeatureForm(EStructuralFeature feature, Kind kind, ValueType type) {
	}

	private record ClassForm(EClass eClass, FeatureForm[] features) {
	}

	private static Kind kindOf(EStructuralFeature f) {
		if (f instanceof EAttribute) {
			return Kind.ATTRIBUTE;
		}
		if (FeatureValueCodec.isEmbedded(f)) {
			return Kind.EMBEDDED;
		}
		return FeatureValueCodec.isContainment(f) ? Kind.CONTAINMENT : Kind.REFERENCE;
	}

	private static ValueType typeOf(EStructuralFeature f) {
		if (!(f instanceof EAttribute a)) {
			return null;
		}
		EDataType type = a.getEAttributeType();
		if (type instanceof EEnum) {
			return ValueType.ENUM;
		}
		Class<?> c = type.getInstanceClass();
		if (c == String.class) {
			return ValueType.STRING;
		}
		if (c == Date.class) {
			return ValueType.DATE;
		}
		if (c == int.class || c == Integer.class || c == long.class || c == Long.class || c == short.class
				|| c == Short.class || c == byte.class || c == Byte.class) {
			return ValueType.INTEGER;
		}
		if (c == double.class || c == Double.class) {
			return ValueType.DOUBLE;
		}
		if (c == float.class || c == Float.class) {
			return ValueType.FLOAT;
		}
		if (c == boolean.class || c == Boolean.class) {
			return ValueType.BOOLEAN;
		}
		return ValueType.OTHER;
	}

	/** The features a record of the class holds: stored ones but the id, in the class's order. */
	private static FeatureForm[] formsOf(EClass eClass, boolean embedded) {
		List<FeatureForm> forms = new ArrayList<>();
		for (EStructuralFeature f : eClass.getEAllStructuralFeatures()) {
			if (!FeatureValueCodec.isStored(f) || f == eClass.getEIDAttribute()
					|| embedded && FeatureValueCodec.isContainment(f)) {
				continue;
			}
			forms.add(new FeatureForm(f, kindOf(f), typeOf(f)));
		}
		return forms.toArray(FeatureForm[]::new);
	}

	// ---------------------------------------------------------------- writing

	/**
	 * Writes the image of {@code roots} (objects with ids, placed as {@code slots} says) to {@code out}.
	 *
	 * @throws NotWritable if an object the image needs has no id or no slot
	 */
	static void write(List<EObject> roots, Map<EObject, Slot> slots, OutputStream out)
			throws IOException, NotWritable {
		Writer w = new Writer(slots, out);
		for (EObject root : roots) {
			w.number(root);
		}
		ImageOutput o = w.out;
		o.string(MAGIC);
		o.varLong(w.numbers.size());
		o.varLong(w.classes.size());
		for (Map.Entry<EClass, Integer> e : w.classOrder()) {
			o.string(ObjectIds.classUri(e.getKey()));
			FeatureForm[] forms = w.forms.get(e.getKey());
			o.varLong(forms.length);
			for (FeatureForm form : forms) {
				o.string(form.feature().getName());
			}
		}
		o.varLong(roots.size());
		for (EObject root : roots) {
			w.object(root);
		}
		o.flush();
	}

	private static final class Writer {
		final Map<EObject, Slot> slots;
		final ImageOutput out;
		final Map<EObject, Integer> numbers = new IdentityHashMap<>();
		final Map<EClass, Integer> classes = new HashMap<>();
		final Map<EClass, FeatureForm[]> forms = new HashMap<>();

		Writer(Map<EObject, Slot> slots, OutputStream out) {
			this.slots = slots;
			this.out = new ImageOutput(out);
		}

		List<Map.Entry<EClass, Integer>> classOrder() {
			List<Map.Entry<EClass, Integer>> order = new ArrayList<>(classes.entrySet());
			order.sort(Map.Entry.comparingByValue());
			return order;
		}

		/** Numbers the object and its contents with ids in the order they are written, and registers their classes. */
		void number(EObject o) throws NotWritable {
			if (ObjectIds.id(o) == null || !slots.containsKey(o)) {
				throw new NotWritable("object without id or place");
			}
			numbers.put(o, numbers.size());
			register(o, false);
		}

		private void register(EObject o, boolean embedded) throws NotWritable {
			classIndex(o.eClass(), embedded);
			for (FeatureForm form : forms(o.eClass(), embedded)) {
				if (o.eIsSet(form.feature())) {
					if (form.kind() == Kind.CONTAINMENT) {
						for (EObject child : values(o, form.feature())) {
							number(child);
						}
					} else if (form.kind() == Kind.EMBEDDED) {
						for (EObject value : values(o, form.feature())) {
							register(value, true);
						}
					}
				}
			}
		}

		int classIndex(EClass eClass, boolean embedded) {
			Integer index = classes.get(eClass);
			if (index == null) {
				index = classes.size();
				classes.put(eClass, index);
				forms(eClass, embedded);
			}
			return index;
		}

		FeatureForm[] forms(EClass eClass, boolean embedded) {
			return forms.computeIfAbsent(eClass, c -> formsOf(c, embedded));
		}

		@SuppressWarnings("unchecked")
		static List<EObject> values(EObject o, EStructuralFeature f) {
			Object value = o.eGet(f, false);
			if (f.isMany()) {
				return ((InternalEList<EObject>) value).basicList();
			}
			return value == null ? List.of() : List.of((EObject) value);
		}

		void object(EObject o) throws IOException, NotWritable {
			out.varLong(classIndex(o.eClass(), false));
			out.string(ObjectIds.id(o));
			out.varLong(slots.get(o).position());
			values(o, forms(o.eClass(), false));
		}

		void embedded(EObject o) throws IOException, NotWritable {
			out.varLong(classIndex(o.eClass(), true));
			values(o, forms(o.eClass(), true));
		}

		void values(EObject o, FeatureForm[] features) throws IOException, NotWritable {
			for (FeatureForm form : features) {
				EStructuralFeature f = form.feature();
				boolean set = o.eIsSet(f);
				switch (form.kind()) {
				case ATTRIBUTE -> {
					if (f.isMany()) {
						List<?> values = set ? (List<?>) o.eGet(f) : List.of();
						out.varLong(values.size());
						for (Object v : values) {
							if (v == null) {
								out.write(0);
							} else {
								out.write(1);
								typed(form, v);
							}
						}
					} else if (!set) {
						out.write(0);
					} else {
						Object v = o.eGet(f);
						if (v == null) {
							out.write(1);
						} else {
							out.write(2);
							typed(form, v);
						}
					}
				}
				case EMBEDDED -> {
					if (f.isMany()) {
						List<EObject> values = set ? values(o, f) : List.of();
						out.varLong(values.size());
						for (EObject v : values) {
							embedded(v);
						}
					} else if (!set) {
						out.write(0);
					} else {
						EObject v = (EObject) o.eGet(f, false);
						if (v == null) {
							out.write(1);
						} else {
							out.write(2);
							embedded(v);
						}
					}
				}
				case CONTAINMENT -> {
					List<EObject> children = set ? values(o, f) : List.of();
					out.varLong(children.size());
					for (EObject child : children) {
						object(child);
					}
				}
				case REFERENCE -> {
					if (f.isMany()) {
						List<EObject> targets = set ? values(o, f) : List.of();
						out.varLong(targets.size());
						for (EObject target : targets) {
							out.varLong(number(target, f));
						}
					} else if (!set) {
						out.varLong(0);
					} else {
						EObject target = (EObject) o.eGet(f, false);
						out.varLong(target == null ? 1 : number(target, f) + 2L);
					}
				}
				}
			}
		}

		int number(EObject target, EStructuralFeature f) throws NotWritable {
			Integer n = numbers.get(target);
			if (n == null) {
				throw new NotWritable("reference " + f.getName() + " to an object outside the workspace");
			}
			return n;
		}

		void typed(FeatureForm form, Object v) throws IOException {
			switch (form.type()) {
			case STRING -> out.string((String) v);
			case INTEGER -> out.zigZag(((Number) v).longValue());
			case DATE -> out.zigZag(((Date) v).getTime());
			case DOUBLE -> out.fixed(Double.doubleToRawLongBits((Double) v), 8);
			case FLOAT -> out.fixed(Float.floatToRawIntBits((Float) v), 4);
			case BOOLEAN -> out.write((Boolean) v ? 1 : 0);
			case ENUM -> out.zigZag(((Enumerator) v).getValue());
			case OTHER -> out.string(EcoreUtil.convertToString(((EAttribute) form.feature()).getEAttributeType(), v));
			}
		}
	}

	// ---------------------------------------------------------------- reading

	/** The image cannot be used with this metamodel or is damaged: the objects table is read instead. */
	static final class Unusable extends Exception {
		private static final long serialVersionUID = 1L;

		Unusable(String message, Throwable cause) {
			super(message, cause);
		}
	}

	/** Reads an image written by {@link #write}, making the objects with classes from {@code registry}. */
	static Contents read(InputStream in, EPackage.Registry registry) throws Unusable {
		Reader r = new Reader(new ImageInput(in));
		try {
			if (!MAGIC.equals(r.in.string())) {
				throw new Unusable("not a load image", null);
			}
			r.presize(r.in.count());
			int classCount = r.in.count();
			r.classes = new ClassForm[classCount];
			for (int i = 0; i < classCount; i++) {
				String uri = r.in.string();
				EClass eClass = ObjectIds.resolveClass(registry, uri);
				if (eClass == null || eClass.isAbstract()) {
					throw new Unusable("unknown class " + uri, null);
				}
				int featureCount = r.in.count();
				FeatureForm[] features = new FeatureForm[featureCount];
				for (int k = 0; k < featureCount; k++) {
					String name = r.in.string();
					EStructuralFeature f = eClass.getEStructuralFeature(name);
					if (f == null || !FeatureValueCodec.isStored(f)) {
						throw new Unusable("unknown feature " + uri + "." + name, null);
					}
					features[k] = new FeatureForm(f, kindOf(f), typeOf(f));
				}
				r.classes[i] = new ClassForm(eClass, features);
			}
			int rootCount = r.in.count();
			List<EObject> roots = new ArrayList<>(rootCount);
			for (int i = 0; i < rootCount; i++) {
				roots.add(r.object(null, null));
			}
			if (r.in.read() != -1) {
				throw new Unusable("trailing bytes in load image", null);
			}
			r.setReferences();
			return new Contents(roots, r.byId, r.slots);
		} catch (IOException | RuntimeException e) {
			throw new Unusable("damaged load image", e);
		}
	}

	/** A reference read before its targets may exist: set once every object does. */
	private record PendingReference(EObject owner, EReference feature, int[] targets) {
	}

	private static final class Reader {
		final ImageInput in;
		ClassForm[] classes;
		ArrayList<EObject> numbered = new ArrayList<>();
		Map<String, EObject> byId = new HashMap<>();
		Map<EObject, Slot> slots = new IdentityHashMap<>();
		final List<PendingReference> references = new ArrayList<>();

		Reader(ImageInput in) {
			this.in = in;
		}

		void presize(int objects) {
			int n = Math.min(objects, MAX_PRESIZE);
			numbered = new ArrayList<>(n);
			byId = HashMap.newHashMap(n);
			slots = new IdentityHashMap<>(n);
		}

		ClassForm classForm() throws IOException {
			int index = in.count();
			if (index >= classes.length) {
				throw new IOException("class index out of range");
			}
			return classes[index];
		}

		EObject object(EObject owner, EReference containment) throws IOException {
			ClassForm form = classForm();
			EObject o = EcoreUtil.create(form.eClass());
			String id = in.string();
			ObjectIds.setId(o, id);
			if (byId.put(id, o) != null) {
				throw new IOException("object " + id + " twice");
			}
			numbered.add(o);
			slots.put(o, new Slot(owner, containment, in.varLong()));
			values(o, form.features());
			return o;
		}

		EObject embedded(EReference feature) throws IOException {
			ClassForm form = classForm();
			if (!feature.getEReferenceType().isSuperTypeOf(form.eClass())) {
				throw new IOException("embedded value of another class");
			}
			EObject o = EcoreUtil.create(form.eClass());
			values(o, form.features());
			return o;
		}

		@SuppressWarnings("unchecked")
		void values(EObject o, FeatureForm[] features) throws IOException {
			for (FeatureForm form : features) {
				EStructuralFeature f = form.feature();
				switch (form.kind()) {
				case ATTRIBUTE -> {
					if (f.isMany()) {
						int n = in.count();
						if (n > 0) {
							List<Object> values = new ArrayList<>(n);
							for (int i = 0; i < n; i++) {
								values.add(in.read() == 0 ? null : typed(form));
							}
							((InternalEList<Object>) o.eGet(f)).addAllUnique(values);
						}
					} else {
						int tag = in.read();
						if (tag == 1) {
							o.eSet(f, null);
						} else if (tag == 2) {
							o.eSet(f, typed(form));
						} else if (tag != 0) {
							throw new IOException("bad value tag");
						}
					}
				}
				case EMBEDDED -> {
					EReference ref = (EReference) f;
					if (f.isMany()) {
						int n = in.count();
						if (n > 0) {
							List<EObject> values = new ArrayList<>(n);
							for (int i = 0; i < n; i++) {
								values.add(embedded(ref));
							}
							((InternalEList<EObject>) o.eGet(f)).addAllUnique(values);
						}
					} else {
						int tag = in.read();
						if (tag == 1) {
							o.eSet(f, null);
						} else if (tag == 2) {
							o.eSet(f, embedded(ref));
						} else if (tag != 0) {
							throw new IOException("bad value tag");
						}
					}
				}
				case CONTAINMENT -> {
					int n = in.count();
					if (n > 0) {
						EReference ref = (EReference) f;
						List<EObject> children = new ArrayList<>(n);
						for (int i = 0; i < n; i++) {
							EObject child = object(o, ref);
							if (!ref.getEReferenceType().isInstance(child)) {
								throw new IOException("child of another class");
							}
							children.add(child);
						}
						if (f.isMany()) {
							((InternalEList<EObject>) o.eGet(f)).addAllUnique(children);
						} else {
							o.eSet(f, children.get(children.size() - 1));
						}
					}
				}
				case REFERENCE -> {
					if (f.isMany()) {
						int n = in.count();
						if (n > 0) {
							int[] targets = new int[n];
							for (int i = 0; i < n; i++) {
								targets[i] = in.count();
							}
							references.add(new PendingReference(o, (EReference) f, targets));
						}
					} else {
						long tag = in.varLong();
						if (tag == 1) {
							o.eSet(f, null);
						} else if (tag > 1) {
							references.add(new PendingReference(o, (EReference) f, new int[] { Math.toIntExact(tag - 2) }));
						}
					}
				}
				}
			}
		}

		Object typed(FeatureForm form) throws IOException {
			return switch (form.type()) {
			case STRING -> in.string();
			case INTEGER -> {
				long v = in.zigZag();
				Class<?> c = form.feature().getEType().getInstanceClass();
				if (c == int.class || c == Integer.class) {
					yield (int) v;
				} else if (c == short.class || c == Short.class) {
					yield (short) v;
				} else if (c == byte.class || c == Byte.class) {
					yield (byte) v;
				}
				yield v;
			}
			case DATE -> new Date(in.zigZag());
			case DOUBLE -> Double.longBitsToDouble(in.fixed(8));
			case FLOAT -> Float.intBitsToFloat((int) in.fixed(4));
			case BOOLEAN -> in.read() != 0;
			case ENUM -> {
				EEnumLiteral literal = ((EEnum) form.feature().getEType()).getEEnumLiteral((int) in.zigZag());
				if (literal == null) {
					throw new IOException("unknown enum value");
				}
				yield literal.getInstance();
			}
			case OTHER -> EcoreUtil.createFromString(((EAttribute) form.feature()).getEAttributeType(), in.string());
			};
		}

		/**
		 * Sets the references, in their stored order. Both ends of a bidirectional reference are stored; setting
		 * one fills the other, so lists are ordered by moving rather than adding twice.
		 */
		@SuppressWarnings("unchecked")
		void setReferences() throws IOException {
			for (PendingReference reference : references) {
				EObject o = reference.owner();
				EReference f = reference.feature();
				int[] numbers = reference.targets();
				List<EObject> targets = new ArrayList<>(numbers.length);
				for (int n : numbers) {
					if (n >= numbered.size()) {
						throw new IOException("reference to an unknown object");
					}
					EObject target = numbered.get(n);
					if (!f.getEReferenceType().isInstance(target)) {
						throw new IOException("reference to an object of another class");
					}
					targets.add(target);
				}
				if (!f.isMany()) {
					if (f.getEOpposite() == null || o.eGet(f) != targets.get(0)) {
						o.eSet(f, targets.get(0));
					}
				} else if (f.getEOpposite() == null) {
					((InternalEList<EObject>) o.eGet(f)).addAllUnique(targets);
				} else {
					InternalEList<EObject> list = (InternalEList<EObject>) o.eGet(f);
					for (int i = 0; i < targets.size(); i++) {
						int at = list.indexOf(targets.get(i));
						if (at < 0) {
							list.addUnique(i, targets.get(i));
						} else if (at != i) {
							list.move(i, at);
						}
					}
				}
			}
		}
	}

	// ---------------------------------------------------------------- bytes

	/** Buffered primitive output: varints, strings as varint length + UTF-8. */
	private static final class ImageOutput {
		private final OutputStream out;
		private final byte[] buffer = new byte[1 << 16];
		private int size;

		ImageOutput(OutputStream out) {
			this.out = out;
		}

		void write(int b) throws IOException {
			if (size == buffer.length) {
				flush();
			}
			buffer[size++] = (byte) b;
		}

		void varLong(long v) throws IOException {
			while ((v & ~0x7FL) != 0) {
				write((int) ((v & 0x7F) | 0x80));
				v >>>= 7;
			}
			write((int) v);
		}

		void zigZag(long v) throws IOException {
			varLong((v << 1) ^ (v >> 63));
		}

		void fixed(long v, int bytes) throws IOException {
			for (int i = 0; i < bytes; i++) {
				write((int) (v >>> (8 * i)));
			}
		}

		void string(String s) throws IOException {
			byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
			varLong(utf8.length);
			if (utf8.length > buffer.length - size) {
				flush();
				if (utf8.length > buffer.length) {
					out.write(utf8);
					return;
				}
			}
			System.arraycopy(utf8, 0, buffer, size, utf8.length);
			size += utf8.length;
		}

		void flush() throws IOException {
			out.write(buffer, 0, size);
			size = 0;
		}
	}

	/** Buffered primitive input, the counterpart of {@link ImageOutput}. */
	private static final class ImageInput {
		private final InputStream in;
		private byte[] buffer = new byte[1 << 16];
		private int at;
		private int end;

		ImageInput(InputStream in) {
			this.in = in;
		}

		/** The next byte, or -1 at the end. */
		int read() throws IOException {
			if (at == end && !fill()) {
				return -1;
			}
			return buffer[at++] & 0xFF;
		}

		private boolean fill() throws IOException {
			end = in.readNBytes(buffer, 0, buffer.length);
			at = 0;
			return end > 0;
		}

		private int next() throws IOException {
			int b = read();
			if (b < 0) {
				throw new EOFException("load image ends early");
			}
			return b;
		}

		long varLong() throws IOException {
			long value = 0;
			for (int shift = 0; shift < 64; shift += 7) {
				int b = next();
				value |= (long) (b & 0x7F) << shift;
				if ((b & 0x80) == 0) {
					return value;
				}
			}
			throw new IOException("varint too long");
		}

		/** A count or index: a varint that fits an int. */
		int count() throws IOException {
			long v = varLong();
			if (v < 0 || v > Integer.MAX_VALUE) {
				throw new IOException("count out of range");
			}
			return (int) v;
		}

		long zigZag() throws IOException {
			long v = varLong();
			return (v >>> 1) ^ -(v & 1);
		}

		long fixed(int bytes) throws IOException {
			long v = 0;
			for (int i = 0; i < bytes; i++) {
				v |= (long) next() << (8 * i);
			}
			return v;
		}

		String string() throws IOException {
			int length = count();
			if (length <= end - at) {
				String s = new String(buffer, at, length, StandardCharsets.UTF_8);
				at += length;
				return s;
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(length);
			while (length > 0) {
				if (at == end && !fill()) {
					throw new EOFException("load image ends early");
				}
				int n = Math.min(length, end - at);
				bytes.write(buffer, at, n);
				at += n;
				length -= n;
			}
			return bytes.toString(StandardCharsets.UTF_8);
		}
	}
}
