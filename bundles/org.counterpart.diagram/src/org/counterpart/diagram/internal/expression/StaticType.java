package org.counterpart.diagram.internal.expression;

import java.util.Date;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** What the checker knows of an expression's value before it runs: its kind, its class and whether it is a list. */
public record StaticType(Kind kind, EClassifier classifier, boolean many) {

	/** The kinds of values. */
	public enum Kind {
		UNKNOWN("a value"), NULL("null"), BOOLEAN("a boolean"), NUMBER("a number"), STRING("a string"), DATE("a date"),
		ENUM("an enumeration value"), OBJECT("an object");

		private final String description;

		Kind(String description) {
			this.description = description;
		}
	}

	public static final StaticType UNKNOWN = new StaticType(Kind.UNKNOWN, null, false);
	public static final StaticType NULL = new StaticType(Kind.NULL, null, false);
	public static final StaticType BOOLEAN = new StaticType(Kind.BOOLEAN, null, false);
	public static final StaticType NUMBER = new StaticType(Kind.NUMBER, null, false);
	public static final StaticType STRING = new StaticType(Kind.STRING, null, false);

	/** An object of {@code eClass}, or of any class when null. */
	public static StaticType object(EClass eClass) {
		return new StaticType(Kind.OBJECT, eClass, false);
	}

	/** The type of a feature's value, a list if the feature or {@code many} is. */
	public static StaticType of(EStructuralFeature feature, boolean many) {
		boolean list = many || feature.isMany();
		if (feature instanceof EReference reference) {
			return new StaticType(Kind.OBJECT, reference.getEReferenceType(), list);
		}
		EClassifier type = ((EAttribute)feature).getEAttributeType();
		if (type instanceof EEnum) {
			return new StaticType(Kind.ENUM, type, list);
		}
		Class<?> instanceClass = type.getInstanceClass();
		Kind kind;
		if (instanceClass == null) {
			kind = Kind.UNKNOWN;
		} else if (instanceClass == String.class) {
			kind = Kind.STRING;
		} else if (instanceClass == boolean.class || instanceClass == Boolean.class) {
			kind = Kind.BOOLEAN;
		} else if (instanceClass.isPrimitive() || Number.class.isAssignableFrom(instanceClass)) {
			kind = Kind.NUMBER;
		} else if (Date.class.isAssignableFrom(instanceClass)) {
			kind = Kind.DATE;
		} else {
			kind = Kind.UNKNOWN;
		}
		return new StaticType(kind, kind == Kind.UNKNOWN ? null : type, list);
	}

	public boolean isKnown() {
		return kind != Kind.UNKNOWN;
	}

	/** For messages: "a string", "a list of Contact", "an object of PartnerInstitution". */
	public String describe() {
		String name = classifier == null ? null : classifier.getName();
		if (many) {
			return "a list of " + (name != null ? name : kind.description);
		}
		if (kind == Kind.OBJECT && name != null) {
			return "a " + name;
		}
		if (kind == Kind.ENUM && name != null) {
			return "a value of " + name;
		}
		return kind.description;
	}
}
