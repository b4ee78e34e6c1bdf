package org.counterpart.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.resource.Resource;
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
 * Baseline: saving the demo workspace to an XMI or EMF binary file after {@code changes} text attributes were
 * edited. A file resource has no way to write only what changed, so this is a save of the whole model.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ResourceSaveBenchmark {

	@Param({ "xmi", "binary" })
	public String format;

	@Param({ "1", "1000" })
	public int changes;

	private Path dir;
	private Path file;
	private Resource resource;
	private ChangedAttributes edit;

	@Setup(Level.Trial)
	public void load() throws IOException {
		DemoWorkspaceFiles files = DemoWorkspaceFiles.fromSystemProperty();
		boolean xmi = "xmi".equals(format);
		resource = xmi ? DemoWorkspaceFiles.newXmiResource() : DemoWorkspaceFiles.newBinaryResource();
		DemoWorkspaceFiles.load(resource, xmi ? files.xmiFile() : files.binaryFile());
		dir = files.newScratchDir(format + "-save");
		file = dir.resolve(xmi ? "workspace.xmi" : "workspace.bin");
		edit = ChangedAttributes.pick(resource, changes);
	}

	@Setup(Level.Invocation)
	public void change() {
		edit.apply();
	}

	@Benchmark
	public Path save() throws IOException {
		DemoWorkspaceFiles.save(resource, file);
		return file;
	}

	@TearDown(Level.Trial)
	public void deleteFiles() throws IOException {
		DemoWorkspaceFiles.deleteTree(dir);
	}
}
