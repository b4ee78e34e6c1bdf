package org.counterpart.benchmarks;

import java.util.concurrent.TimeUnit;

import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
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
 * Opening the demo workspace's store when its load image is not current (after a save that was not followed by a
 * clean close, or a store written by an older version): every row of the objects table is read and decoded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StoreTableOpenBenchmark {

	private DemoWorkspaceFiles files;
	private WorkspaceStore opened;

	@Setup(Level.Trial)
	public void locate() throws Exception {
		files = DemoWorkspaceFiles.fromSystemProperty();
		DemoWorkspaceFiles.registerModel();
	}

	@Setup(Level.Invocation)
	public void dropLoadImage() throws StoreException {
		try (JdbcWorkspaceStore store = JdbcWorkspaceStore.open(files.storeDir(), DemoWorkspaceFiles.passphrase())) {
			store.dropLoadImage();
		}
	}

	@Benchmark
	public Resource openAndLoadFromTable() throws StoreException {
		opened = WorkspaceStore.open(files.storeDir(), DemoWorkspaceFiles.passphrase());
		return opened.load();
	}

	/** Not measured: closing the loaded store writes the image again, for the other benchmarks. */
	@TearDown(Level.Invocation)
	public void close() throws StoreException {
		if (opened != null) {
			opened.close();
			opened = null;
		}
	}
}
