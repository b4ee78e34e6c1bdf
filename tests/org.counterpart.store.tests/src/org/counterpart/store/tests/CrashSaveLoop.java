package org.counterpart.store.tests;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The child process of {@link CrashSafetyTest}: opens the store (passphrase on standard input, never on
 * the command line), then saves in a loop. Each save adds item {@code n} and sets the root's name to
 * {@code "last n"}, and is reported as {@code saved n} once {@code save()} has returned.
 */
public final class CrashSaveLoop {

	private CrashSaveLoop() {
	}

	public static void main(String[] args) throws Exception {
		char[] passphrase = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine().toCharArray();
		try (WorkspaceStore store = WorkspaceStore.open(Path.of(args[0]), passphrase)) {
			TestModel.PACKAGE.getName();
			Resource r = store.load();
			EObject root = r.getContents().get(0);
			int n = TestModel.list(root, "items").size();
			System.out.println("ready " + n);
			System.out.flush();
			while (true) {
				saveNext(store, root, n);
				System.out.println("saved " + n);
				System.out.flush();
				n++;
			}
		}
	}

	/**
	 * Puts the sample with root {@code rootId} into the empty store, saves it, then makes saves 0 to {@code saves} - 1
	 * ({@link #saveNext}); returns the root.
	 */
	static EObject sampleAndSaves(WorkspaceStore store, String rootId, int saves) throws StoreException {
		Resource r = store.load();
		EObject root = TestModel.sample(rootId);
		r.getContents().add(root);
		store.save();
		for (int n = 0; n < saves; n++) {
			saveNext(store, root, n);
		}
		return root;
	}

	/** Save {@code n}: adds item {@code n} (tagged {@code "t" + n}) and names the root {@code "last n"}. */
	static void saveNext(WorkspaceStore store, EObject root, int n) throws StoreException {
		EObject item = TestModel.item("item-" + n, "payload " + n + " " + "x".repeat(n % 200));
		TestModel.list(item, "tags").add("t" + n);
		TestModel.list(root, "items").add(n % 3 == 0 ? 0 : TestModel.list(root, "items").size(), item);
		TestModel.set(root, "name", "last " + n);
		store.save();
	}
}
