package org.counterpart.exercise;

import java.nio.file.Path;

import org.counterpart.exercise.internal.Messages;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.eclipse.emf.ecore.resource.Resource;

/** Exercise stores: marked as such in their header before any data goes in. */
public final class ExerciseStores {

    private ExerciseStores() {
    }

    /**
     * Creates a new exercise store in {@code directory} holding the starting theater of {@code scenario} (the demo
     * country of its seed), and returns it open. The store is marked exercise before the theater is written, so it
     * never holds data as a real store.
     */
    public static WorkspaceStore create(Path directory, char[] passphrase, Scenario scenario)
            throws StoreException, ScenarioException {
        if (WorkspaceStore.exists(directory)) {
            throw new ScenarioException(Messages.format(Messages.STORE_EXISTS, directory));
        }
        char[] again = passphrase.clone();
        WorkspaceStore.create(directory, passphrase).close();
        WorkspaceStore.markExercise(directory);
        WorkspaceStore store = WorkspaceStore.open(directory, again);
        try {
            Resource resource = store.load();
            Theater theater = new DemoCountryGenerator(scenario.theaterSeed(), 1).generate();
            resource.getContents().add(theater);
            store.save();
            return store;
        } catch (StoreException | RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
