package org.counterpart.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user guide's help server in the materialized product, on the Java runtime the product carries: Jetty, the help
 * web application with its JSP pages, and the guide's pages. (The workbench starts the same server for Help > Help
 * Contents; here the help system's own server application starts it without a window.)
 */
class ProductHelpServerTest {

	@TempDir
	Path work;

	@Test
	void helpServerServesTheGuideOnTheLinkedRuntime() throws Exception {
		Path product = ProductProcess.productFolder();
		Path launcher;
		try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
			launcher = plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.findFirst().orElseThrow();
		}
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Path configuration = work.resolve("configuration");
		Files.createDirectories(configuration);
		Files.copy(product.resolve("configuration/config.ini"), configuration.resolve("config.ini"));
		ProcessBuilder builder = new ProcessBuilder(List.of(
				ProductProcess.linkedRuntime().resolve("bin/java").toString(), "-Dserver_port=" + port, "-jar",
				launcher.toString(), "-install", product.toString(), "-configuration", configuration.toString(),
				"-data", work.resolve("data").toString(), "-application", "org.eclipse.help.base.infocenterApplication"));
		builder.redirectErrorStream(true).redirectOutput(work.resolve("server.log").toFile());
		builder.environment().remove("JAVA_HOME");
		Process server = builder.start();
		try {
			String base = "http://127.0.0.1:" + port + "/help";
			HttpResponse<String> window = awaitPage(base + "/index.jsp", server);
			assertEquals(200, window.statusCode(), "the help window's JSP page is compiled and served");
			HttpResponse<String> page = get(base + "/topic/org.counterpart.doc/guide/officer-capture.html");
			assertEquals(200, page.statusCode());
			assertTrue(page.body().contains("Save as Final"), page.body());
		} finally {
			server.destroy();
			server.waitFor();
		}
	}

	private HttpResponse<String> awaitPage(String url, Process server) throws Exception {
		long end = System.currentTimeMillis() + 120_000;
		while (true) {
			try {
				return get(url);
			} catch (IOException notYet) {
				if (!server.isAlive() || System.currentTimeMillis() > end) {
					throw new AssertionError("the help server did not answer at " + url + ":\n"
							+ Files.readString(work.resolve("server.log")) + logs(), notYet);
				}
				Thread.sleep(500);
			}
		}
	}

	private String logs() throws IOException {
		StringBuilder text = new StringBuilder();
		try (Stream<Path> files = Files.list(work.resolve("configuration"))) {
			for (Path log : files.filter(p -> p.toString().endsWith(".log")).toList()) {
				text.append('\n').append(Files.readString(log));
			}
		}
		return text.toString();
	}

	private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
