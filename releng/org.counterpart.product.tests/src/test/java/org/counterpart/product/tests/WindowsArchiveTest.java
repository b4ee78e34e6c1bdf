package org.counterpart.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Windows product archive the same build makes: it carries the Windows SWT fragment and no GTK one, the
 * {@code .cmd} scripts with CRLF line ends that start the workbench and the command line on a Java 21+ found on the
 * machine, and a configuration that names the Windows bundles. It is built here, not run: no Windows is at hand.
 */
class WindowsArchiveTest {

	private static final String ROOT = "counterpart/"; //$NON-NLS-1$
	private static Map<String, byte[]> entries;

	@BeforeAll
	static void readArchive() throws IOException {
		Path products = Path.of(System.getProperty("counterpart.products.dir", "")); //$NON-NLS-1$ //$NON-NLS-2$
		Path archive;
		try (Stream<Path> files = Files.list(products)) {
			List<Path> zips = files.filter(f -> f.getFileName().toString().endsWith("-win32.win32.x86_64.zip")).toList(); //$NON-NLS-1$
			assertEquals(1, zips.size(), "one Windows archive in " + products + ": " + zips); //$NON-NLS-1$ //$NON-NLS-2$
			archive = zips.get(0);
		}
		entries = new TreeMap<>();
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				entries.put(entry.getName(), entry.isDirectory() ? new byte[0] : zip.getInputStream(entry).readAllBytes());
			}
		}
	}

	@Test
	void carriesTheWindowsWidgetsAndNotTheLinuxOnes() {
		assertTrue(has(ROOT + "plugins/org.eclipse.swt.win32.win32.x86_64_"), "the Windows SWT fragment"); //$NON-NLS-1$
		assertTrue(has(ROOT + "plugins/org.eclipse.swt_"), "the SWT host bundle"); //$NON-NLS-1$
		assertTrue(has(ROOT + "plugins/org.eclipse.equinox.launcher_"), "the launcher jar the scripts start"); //$NON-NLS-1$
		assertTrue(has(ROOT + "plugins/org.counterpart.app_"), "Counterpart's own bundles"); //$NON-NLS-1$
		assertFalse(entries.keySet().stream().anyMatch(name -> name.contains(".gtk.")), "no GTK fragment"); //$NON-NLS-1$
		assertFalse(has(ROOT + "jre/"), "no Linux Java runtime: Windows uses an installed Java 21+"); //$NON-NLS-1$
		assertFalse(entries.containsKey(ROOT + "counterpart") || entries.containsKey(ROOT + "counterpart-cli"), //$NON-NLS-1$ //$NON-NLS-2$
				"no Linux shell scripts"); //$NON-NLS-1$
	}

	@Test
	void scriptsHaveCrlfLineEndsAndStartOnAJavaFoundOnTheMachine() {
		for (String script : List.of("counterpart.cmd", "counterpart-cli.cmd", "select-java.cmd")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			byte[] content = entries.get(ROOT + script);
			assertTrue(content != null && content.length > 0, script + " is in the archive's root"); //$NON-NLS-1$
			String text = new String(content, StandardCharsets.US_ASCII);
			assertTrue(text.endsWith("\r\n"), script + " ends with CRLF"); //$NON-NLS-1$ //$NON-NLS-2$
			assertFalse(text.replace("\r\n", "").contains("\n"), script + ": every line ends with CRLF"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertFalse(text.replace("\r\n", "").contains("\r"), script + ": no lone CR"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		String workbench = new String(entries.get(ROOT + "counterpart.cmd"), StandardCharsets.US_ASCII); //$NON-NLS-1$
		assertTrue(workbench.contains("call \"%product%\\select-java.cmd\""), workbench); //$NON-NLS-1$
		assertTrue(workbench.contains("-os win32 -ws win32 -arch x86_64"), workbench); //$NON-NLS-1$
		String cli = new String(entries.get(ROOT + "counterpart-cli.cmd"), StandardCharsets.US_ASCII); //$NON-NLS-1$
		assertTrue(cli.contains("-application org.counterpart.cli.application"), cli); //$NON-NLS-1$
		String select = new String(entries.get(ROOT + "select-java.cmd"), StandardCharsets.US_ASCII); //$NON-NLS-1$
		assertTrue(select.contains("JAVA_HOME") && select.contains("where java.exe") && select.contains("GEQ 21"), select); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void theConfigurationNamesTheWindowsBundles() {
		String config = text(ROOT + "configuration/config.ini"); //$NON-NLS-1$
		assertTrue(config.contains("eclipse.application=org.counterpart.app.application"), config); //$NON-NLS-1$
		assertTrue(config.contains("eclipse.product=org.counterpart.app.product"), config); //$NON-NLS-1$
		assertTrue(config.contains("org.eclipse.equinox.simpleconfigurator"), config); //$NON-NLS-1$
		String bundles = text(ROOT + "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"); //$NON-NLS-1$
		assertTrue(bundles.contains("\norg.eclipse.swt.win32.win32.x86_64,"), "bundles.info names the Windows SWT fragment"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(bundles.contains(".gtk."), "bundles.info names no GTK bundle"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(bundles.contains("\norg.counterpart.app,"), "bundles.info names Counterpart's application"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static boolean has(String prefix) {
		return entries.keySet().stream().anyMatch(name -> name.startsWith(prefix));
	}

	private static String text(String name) {
		byte[] content = entries.get(name);
		assertTrue(content != null, name + " is in the archive"); //$NON-NLS-1$
		return new String(content, StandardCharsets.UTF_8);
	}
}
