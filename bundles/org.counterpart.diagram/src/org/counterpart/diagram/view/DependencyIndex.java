package org.counterpart.diagram.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.counterpart.diagram.expression.ModelReads;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Which parts of a live diagram read what of the model, so that a change reaches only the parts it can alter. A
 * dependency is an object and one of its features, or an aspect: its container, anything of its contents, or the
 * diagram nodes that show it.
 */
final class DependencyIndex {
	/** What of an object a part depends on besides its features. */
	enum Aspect {
		CONTAINER, CONTENTS, NODES
	}

	/** An object and a feature or {@link Aspect}. EObjects compare by identity. */
	record Dependency(Object object, Object what) {
	}

	/** A part of a live diagram that is computed from the model and recomputed when what it read changes. */
	abstract static class Part {
		boolean disposed;

		/** Lower runs first: structure before edges, so that edges find the nodes they connect. */
		abstract int order();

		abstract void run();
	}

	private final Map<Dependency, Set<Part>> dependents = new HashMap<>();
	private final Map<Part, List<Dependency>> dependencies = new HashMap<>();

	/** A recorder of what {@code part} reads, after forgetting what it read before. */
	ModelReads recorder(Part part) {
		forget(part);
		List<Dependency> own = dependencies.computeIfAbsent(part, key -> new ArrayList<>());
		return new ModelReads() {
			@Override
			public void feature(EObject object, EStructuralFeature feature) {
				add(new Dependency(object, feature));
			}

			@Override
			public void container(EObject object) {
				add(new Dependency(object, Aspect.CONTAINER));
			}

			@Override
			public void contents(EObject object) {
				add(new Dependency(object, Aspect.CONTENTS));
			}

			private void add(Dependency dependency) {
				if (dependents.computeIfAbsent(dependency, key -> new LinkedHashSet<>()).add(part)) {
					own.add(dependency);
				}
			}
		};
	}

	/** Records that {@code part} looked up the nodes showing {@code object}. */
	void nodesRead(Part part, Object object) {
		Dependency dependency = new Dependency(object, Aspect.NODES);
		if (dependents.computeIfAbsent(dependency, key -> new LinkedHashSet<>()).add(part)) {
			dependencies.computeIfAbsent(part, key -> new ArrayList<>()).add(dependency);
		}
	}

	/** Forgets everything {@code part} depended on. */
	void forget(Part part) {
		List<Dependency> old = dependencies.remove(part);
		if (old != null) {
			for (Dependency dependency : old) {
				Set<Part> parts = dependents.get(dependency);
				if (parts != null) {
					parts.remove(part);
					if (parts.isEmpty()) {
						dependents.remove(dependency);
					}
				}
			}
		}
	}

	/** Adds the parts that depend on {@code dependency} to {@code into}. */
	void collect(Dependency dependency, Collection<Part> into) {
		Set<Part> parts = dependents.get(dependency);
		if (parts != null) {
			into.addAll(parts);
		}
	}

	/** How many dependencies are recorded, for tests and benchmarks. */
	int size() {
		return dependents.size();
	}

	/** Every part with dependencies, for tests. */
	Set<Part> parts() {
		return new HashSet<>(dependencies.keySet());
	}
}
