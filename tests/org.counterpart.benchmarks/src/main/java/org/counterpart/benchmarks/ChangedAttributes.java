package org.counterpart.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The edit a save benchmark writes: one text attribute changed on each of {@code n} objects spread evenly over
 * the workspace. The objects are chosen by id, so the store, XMI and binary copies of the same workspace get
 * the same edit.
 */
final class ChangedAttributes {

	private record Target(EObject object, EAttribute attribute, String original) {
	}

	private final List<Target> targets;
	private int round;

	private ChangedAttributes(List<Target> targets) {
		this.targets = targets;
	}

	static ChangedAttributes pick(Resource resource, int n) {
		List<Target> candidates = new ArrayList<>();
		for (var it = resource.getAllContents(); it.hasNext();) {
			EObject o = it.next();
			EAttribute a = editableText(o);
			if (a != null && EcoreUtil.getID(o) != null) {
				candidates.add(new Target(o, a, String.valueOf(o.eGet(a))));
			}
		}
		if (candidates.size() < n) {
			throw new IllegalStateException("Only " + candidates.size() + " objects with a text attribute, need " + n);
		}
		candidates.sort(Comparator.comparing(t -> EcoreUtil.getID(t.object())));
		List<Target> chosen = new ArrayList<>(n);
		double stride = (double) candidates.size() / n;
		for (int i = 0; i < n; i++) {
			chosen.add(candidates.get((int) (i * stride)));
		}
		return new ChangedAttributes(chosen);
	}

	/** The first stored, changeable, single-valued String attribute that is not the id. */
	private static EAttribute editableText(EObject o) {
		for (EAttribute a : o.eClass().getEAllAttributes()) {
			if (!a.isID() && !a.isMany() && a.isChangeable() && !a.isDerived() && !a.isTransient() && !a.isVolatile()
					&& a.getEAttributeType().getInstanceClass() == String.class) {
				return a;
			}
		}
		return null;
	}

	/** Changes every target to a value it has not had before. */
	void apply() {
		round++;
		for (Target t : targets) {
			t.object().eSet(t.attribute(), t.original() + " (edit " + round + ")");
		}
	}

	int size() {
		return targets.size();
	}
}
