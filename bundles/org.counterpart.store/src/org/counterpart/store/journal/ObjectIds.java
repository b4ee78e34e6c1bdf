package org.counterpart.store.journal;

import java.util.UUID;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Object identities (the EMF ID attribute) and class names ({@code nsURI#ClassName}) as operations use them. */
public final class ObjectIds {

	private ObjectIds() {
	}

	/** The object's id, or {@code null} if its class has no ID attribute or it is not set. */
	public static String id(EObject object) {
		return EcoreUtil.getID(object);
	}

	/**
	 * The object's id, giving it a new random UUID first if it has none. The assignment does not notify (an
	 * object gets its identity once, before anything else is recorded about it).
	 *
	 * @throws IllegalArgumentException if the class has no ID attribute
	 */
	public static String ensureId(EObject object) {
		String id = id(object);
		if (id != null) {
			return id;
		}
		EAttribute idAttribute = object.eClass().getEIDAttribute();
		if (idAttribute == null) {
			throw new IllegalArgumentException("Class " + object.eClass().getName() + " has no ID attribute");
		}
		id = UUID.randomUUID().toString();
		boolean deliver = object.eDeliver();
		object.eSetDeliver(false);
		try {
			object.eSet(idAttribute, EcoreUtil.createFromString(idAttribute.getEAttributeType(), id));
		} finally {
			object.eSetDeliver(deliver);
		}
		return id;
	}

	/** Sets the id of a new object (no notification is required: it is not yet attached to anything). */
	public static void setId(EObject object, String id) {
		EAttribute idAttribute = object.eClass().getEIDAttribute();
		if (idAttribute == null) {
			throw new IllegalArgumentException("Class " + object.eClass().getName() + " has no ID attribute");
		}
		object.eSet(idAttribute, EcoreUtil.createFromString(idAttribute.getEAttributeType(), id));
	}

	public static String classUri(EClass eClass) {
		return eClass.getEPackage().getNsURI() + '#' + eClass.getName();
	}

	/** The class for {@code nsURI#ClassName}, or {@code null} if the registry has no such package or class. */
	public static EClass resolveClass(EPackage.Registry registry, String classUri) {
		int hash = classUri.lastIndexOf('#');
		if (hash <= 0) {
			return null;
		}
		EPackage ePackage = registry.getEPackage(classUri.substring(0, hash));
		if (ePackage == null) {
			return null;
		}
		return ePackage.getEClassifier(classUri.substring(hash + 1)) instanceof EClass c ? c : null;
	}
}
