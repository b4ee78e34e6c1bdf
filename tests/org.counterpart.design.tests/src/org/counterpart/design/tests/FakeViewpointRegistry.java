package org.counterpart.design.tests;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Stands for Sirius's viewpoint registry: the same static and instance methods, recording what it was asked. */
public final class FakeViewpointRegistry {

	/** What registerFromPlugin answers for each path: two viewpoints. */
	public record Viewpoint(String path, int number) {
	}

	private static final FakeViewpointRegistry INSTANCE = new FakeViewpointRegistry();

	final List<String> registeredPaths = new ArrayList<>();
	final List<Viewpoint> disposed = new ArrayList<>();

	public static FakeViewpointRegistry getInstance() {
		return INSTANCE;
	}

	public Set<Viewpoint> registerFromPlugin(String path) {
		registeredPaths.add(path);
		Set<Viewpoint> viewpoints = new LinkedHashSet<>();
		viewpoints.add(new Viewpoint(path, 1));
		viewpoints.add(new Viewpoint(path, 2));
		return viewpoints;
	}

	public void disposeFromPlugin(Viewpoint viewpoint) {
		disposed.add(viewpoint);
	}

	void reset() {
		registeredPaths.clear();
		disposed.clear();
	}
}
