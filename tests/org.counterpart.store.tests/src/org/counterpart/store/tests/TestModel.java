package org.counterpart.store.tests;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A small dynamic metamodel with the shapes the store must handle: many and single containment,
 * attributes of several types (many-valued too), plain and bidirectional references, an unsettable
 * attribute and a transient one.
 */
public final class TestModel {

	public static final String NS_URI = "http://counterpart.org/test/store";
	public static final EPackage PACKAGE;
	public static final EClass ROOT;
	public static final EClass ITEM;
	public static final EClass SETTINGS;

	static {
		EcoreFactory f = EcoreFactory.eINSTANCE;
		EcorePackage e = EcorePackage.eINSTANCE;
		PACKAGE = f.createEPackage();
		PACKAGE.setName("storetest");
		PACKAGE.setNsPrefix("storetest");
		PACKAGE.setNsURI(NS_URI);
		EClass identified = f.createEClass();
		identified.setName("Identified");
		identified.setAbstract(true);
		EAttribute id = attribute(identified, "id", e.getEString(), false);
		id.setID(true);
		ROOT = f.createEClass();
		ROOT.setName("Root");
		ITEM = f.createEClass();
		ITEM.setName("Item");
		SETTINGS = f.createEClass();
		SETTINGS.setName("Settings");
		for (EClass c : List.of(ROOT, ITEM, SETTINGS)) {
			c.getESuperTypes().add(identified);
		}
		PACKAGE.getEClassifiers().addAll(List.of(identified, ROOT, ITEM, SETTINGS));
		attribute(ROOT, "name", e.getEString(), false);
		reference(ROOT, "items", ITEM, true, true);
		reference(ROOT, "settings", SETTINGS, false, true);
		attribute(SETTINGS, "label", e.getEString(), false);
		attribute(ITEM, "name", e.getEString(), false);
		attribute(ITEM, "count", e.getEInt(), false);
		attribute(ITEM, "created", e.getEDate(), false);
		attribute(ITEM, "score", e.getEDouble(), false);
		attribute(ITEM, "tags", e.getEString(), true);
		EAttribute note = attribute(ITEM, "note", e.getEString(), false);
		note.setUnsettable(true);
		EAttribute scratch = attribute(ITEM, "scratch", e.getEString(), false);
		scratch.setTransient(true);
		reference(ITEM, "children", ITEM, true, true);
		reference(ITEM, "refs", ITEM, true, false);
		reference(ITEM, "friend", ITEM, false, false);
		EReference linked = reference(ITEM, "linked", ITEM, true, false);
		EReference linkedBy = reference(ITEM, "linkedBy", ITEM, true, false);
		linked.setEOpposite(linkedBy);
		linkedBy.setEOpposite(linked);
		EPackage.Registry.INSTANCE.put(NS_URI, PACKAGE);
	}

	private static EAttribute attribute(EClass c, String name, org.eclipse.emf.ecore.EDataType type, boolean many) {
		EAttribute a = EcoreFactory.eINSTANCE.createEAttribute();
		a.setName(name);
		a.setEType(type);
		a.setUpperBound(many ? -1 : 1);
		c.getEStructuralFeatures().add(a);
		return a;
	}

	private static EReference reference(EClass c, String name, EClass type, boolean many, boolean containment) {
		EReference r = EcoreFactory.eINSTANCE.createEReference();
		r.setName(name);
		r.setEType(type);
		r.setUpperBound(many ? -1 : 1);
		r.setContainment(containment);
		c.getEStructuralFeatures().add(r);
		return r;
	}

	private TestModel() {
	}

	public static EStructuralFeature feature(EObject o, String name) {
		EStructuralFeature f = o.eClass().getEStructuralFeature(name);
		if (f == null) {
			throw new IllegalArgumentException(name);
		}
		return f;
	}

	public static EObject create(EClass c, String id) {
		EObject o = EcoreUtil.create(c);
		o.eSet(feature(o, "id"), id == null ? UUID.randomUUID().toString() : id);
		return o;
	}

	public static EObject item(String id, String name) {
		EObject o = create(ITEM, id);
		o.eSet(feature(o, "name"), name);
		return o;
	}

	public static Object get(EObject o, String feature) {
		return o.eGet(feature(o, feature));
	}

	public static void set(EObject o, String feature, Object value) {
		o.eSet(feature(o, feature), value);
	}

	@SuppressWarnings("unchecked")
	public static EList<Object> list(EObject o, String feature) {
		return (EList<Object>) o.eGet(feature(o, feature));
	}

	/** A root with a few items exercising every feature kind. */
	public static EObject sample(String rootId) {
		EObject root = create(ROOT, rootId);
		set(root, "name", "Sample theater");
		EObject settings = create(SETTINGS, rootId + "-settings");
		set(settings, "label", "defaults");
		set(root, "settings", settings);
		EObject a = item(rootId + "-a", "Alpha");
		EObject b = item(rootId + "-b", "Bravo");
		EObject c = item(rootId + "-c", "Charlie");
		set(a, "count", 3);
		set(a, "created", new Date(1_700_000_000_000L));
		set(a, "score", 0.25);
		list(a, "tags").addAll(List.of("x", "y", "x2"));
		set(b, "note", null); // unsettable: set to null is a state of its own
		list(root, "items").addAll(List.of(a, b, c));
		EObject a1 = item(rootId + "-a1", "Alpha one");
		list(a, "children").add(a1);
		list(a, "refs").addAll(List.of(c, a1));
		set(b, "friend", a);
		list(a, "linked").addAll(List.of(b, c));
		list(c, "linked").add(b);
		return root;
	}
}
