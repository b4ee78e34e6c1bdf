package org.counterpart.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Saving the open demo workspace to its store after {@code changes} text attributes were edited: the store
 * writes the changed objects and the recorded operations in one transaction. Works on a copy of the store,
 * so the other benchmarks see the store as imported.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StoreSaveBenchmark {

	@Param({ "1", "1000" })
	public int changes;

	private Path copy;
	private WorkspaceStore store;
	private ChangedAttributes edit;

	@Setup(Level.Trial)
	public void openCopy() throws IOException, StoreException {
		DemoWorkspaceFiles files = DemoWorkspaceFiles.fromSystemProperty();
		DemoWorkspaceFiles.registerModel();
		copy = files.newScratchDir("store-copy");
		DemoWorkspaceFiles.deleteTree(copy);
		DemoWorkspaceFiles.copyTree(files.storeDir(), copy);
		store = WorkspaceStore.open(copy, DemoWorkspaceFiles.passphrase());
		edit = ChangedAttributes.pick(store.load(), changes);
	}

	@Setup(Level.Invocation)
	public void change() {
		edit.apply();
	}

	@Benchmark
	public int save() throws StoreException {
		int written = store.save();
		if (written < changes) {
			throw new IllegalStateException("The store wrote " + written + " operations for " + changes + " changes");
		}
		return written;
	}

	@TearDown(Level.Trial)
	public void closeCopy() throws IOException, StoreException {
		store.close();
		DemoWorkspaceFiles.deleteTree(copy);
	}
}
