package org.counterpart.store.tests;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.counterpart.store.WorkspaceStore;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The child process of {@link RecoveryCrashTest}: opens the store (passphrase on standard input), then edits in a loop
 * as an officer does between saves. Edit {@code n} adds item {@code n} and names the root {@code "edit n"}; then every
 * fifth edit is saved (reported as {@code saved n}) and the others are only kept in the recovery area (reported as
 * {@code kept n}), once the call has returned.
 */
public final class RecoveryKeepLoop {

	private RecoveryKeepLoop() {
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
				TestModel.list(root, "items").add(TestModel.item("item-" + n, "edit " + n));
				TestModel.set(root, "name", "edit " + n);
				if (n % 5 == 0) {
					store.save();
					System.out.println("saved " + n);
				} else {
					store.keepUnsaved();
					System.out.println("kept " + n);
				}
				System.out.flush();
				n++;
			}
		}
	}
}
