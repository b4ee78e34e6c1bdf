package org.counterpart.benchmarks;

import java.io.IOException;
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

/** Baseline: loading the demo workspace from an XMI file or an EMF binary file into a new resource. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ResourceLoadBenchmark {

	@Param({ "xmi", "binary" })
	public String format;

	private DemoWorkspaceFiles files;

	@Setup(Level.Trial)
	public void locate() {
		files = DemoWorkspaceFiles.fromSystemProperty();
	}

	@Benchmark
	public Resource load() throws IOException {
		boolean xmi = "xmi".equals(format);
		Resource resource = xmi ? DemoWorkspaceFiles.newXmiResource() : DemoWorkspaceFiles.newBinaryResource();
		DemoWorkspaceFiles.load(resource, xmi ? files.xmiFile() : files.binaryFile());
		return resource;
	}
}
