package org.counterpart.product.tests;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import org.counterpart.store.RecoveredEdits;
import org.counterpart.store.WorkspaceStore;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The child process of {@link ProductRecoveryTest}, run on the product's own plug-in jars. With {@code edit}: opens
 * the workbench's store (passphrase on standard input), renames the first contact without saving, keeps the unsaved
 * edit in the recovery area as the workbench does, says {@code kept} and waits to be killed. With {@code check}: says
 * what the store holds ({@code stored <family name>}, {@code recovered <value>...}) and ends.
 */
public final class KilledEditor {

	private KilledEditor() {
	}

	public static void main(String[] args) throws Exception {
		char[] passphrase = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine().toCharArray();
		// registers the workspace model's package, as the OSGi runtime does
		Class.forName("org.counterpart.model.CounterpartPackage").getField("eINSTANCE").get(null);
		try (WorkspaceStore store = WorkspaceStore.open(Path.of(args[1]), passphrase)) {
			Optional<RecoveredEdits> recovered = args[0].equals("check") ? store.recoveredEdits() : Optional.empty();
			Resource workspace = store.load();
			EObject theater = workspace.getContents().get(0);
			EObject contact = (EObject) ((java.util.List<?>) theater.eGet(theater.eClass().getEStructuralFeature("contacts"))).get(0);
			EStructuralFeature familyName = contact.eClass().getEStructuralFeature("familyName");
			if (args[0].equals("edit")) {
				contact.eSet(familyName, args[2]);
				store.keepUnsaved();
				System.out.println("kept");
				System.out.flush();
				Thread.sleep(Long.MAX_VALUE);
			} else {
				System.out.println("stored " + contact.eGet(familyName));
				recovered.ifPresent(edits -> edits.operations()
						.forEach(op -> System.out.println("recovered " + op.value())));
			}
		}
	}
}
