package org.counterpart.store.journal;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.TimeZone;
import java.util.function.Function;

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
 */
public final class FeatureValueCodec {

	private static final String UTC_DATE_PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";

	private FeatureValueCodec() {
	}

	public static boolean isStored(EStructuralFeature feature) {
		if (feature.isTransient() || feature.isDerived() || !feature.isChangeable() || FeatureMapUtil.isFeatureMap(feature)) {
			return false;
		}
		return !(feature instanceof EReference ref && ref.isContainer());
	}

	public static boolean isContainment(EStructuralFeature feature) {
		return feature instanceof EReference ref && ref.isContainment();
	}

	/** The string form of one value of {@code feature} (not of a whole list). */
	public static String encode(EStructuralFeature feature, Object value) {
		if (value == null) {
			return null;
		}
		if (feature instanceof EAttribute attribute) {
			EDataType type = attribute.getEAttributeType();
			if (value instanceof Date date && type.getInstanceClass() == Date.class) {
				SimpleDateFormat format = new SimpleDateFormat(UTC_DATE_PATTERN);
				format.setTimeZone(TimeZone.getTimeZone("UTC"));
				return format.format(date);
			}
			return EcoreUtil.convertToString(type, value);
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
			return EcoreUtil.createFromString(attribute.getEAttributeType(), text);
		}
		EObject target = resolve.apply(text);
		if (target == null) {
			throw new IllegalArgumentException("Reference " + feature.getName() + " to unknown object " + text);
		}
		return target;
	}
}
