package org.counterpart.benchmarks;

import java.util.concurrent.TimeUnit;

import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.KeyDerivation;
import org.counterpart.store.internal.StoreHeader;
import org.eclipse.emf.ecore.resource.Resource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Opening the demo workspace's store: unlocking it and loading every object into a resource, as the workbench
 * does when it opens a workspace. The passphrase's key derivation (scrypt) and the bare unlock are measured
 * on their own too, so the report can tell what the opening time is made of.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StoreOpenBenchmark {

	private DemoWorkspaceFiles files;
	private StoreHeader header;
	private WorkspaceStore opened;

	@Setup(Level.Trial)
	public void readHeader() throws Exception {
		files = DemoWorkspaceFiles.fromSystemProperty();
		DemoWorkspaceFiles.registerModel();
		header = StoreHeader.read(files.storeDir());
	}

	/** Opening includes loading: a store that is open but not loaded shows nothing. Closing is not measured. */
	@Benchmark
	public Resource openAndLoad() throws StoreException {
		opened = WorkspaceStore.open(files.storeDir(), DemoWorkspaceFiles.passphrase());
		return opened.load();
	}

	/** Key derivation plus connecting to the encrypted database, without loading. */
	@Benchmark
	public WorkspaceStore openOnly() throws StoreException {
		opened = WorkspaceStore.open(files.storeDir(), DemoWorkspaceFiles.passphrase());
		return opened;
	}

	/** The passphrase stretching that every open starts with, on the store's own parameters. */
	@Benchmark
	public byte[] keyDerivation() {
		try (KeyDerivation.Keys keys = KeyDerivation.derive(DemoWorkspaceFiles.passphrase(), header.salt(), header.kdf())) {
			return keys.verifier();
		}
	}

	@TearDown(Level.Invocation)
	public void close() throws StoreException {
		if (opened != null) {
			opened.close();
			opened = null;
		}
	}
}
