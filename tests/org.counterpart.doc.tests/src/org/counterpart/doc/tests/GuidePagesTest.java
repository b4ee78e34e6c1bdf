package org.counterpart.doc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.counterpart.ui.HelpContexts;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The guide as the help system reads it from the doc bundle: its table of contents, its pages and their links and
 * pictures, and the context help of every id the views and dialogs name.
 */
public class GuidePagesTest {

	private static final String DOC_BUNDLE = "org.counterpart.doc";
	private static final String GUIDE_TITLE = "Counterpart User Guide";
	private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]+)\"");

	private final Bundle doc = Platform.getBundle(DOC_BUNDLE);

	@Test
	public void everyTocEntryIsAPageOfTheBundle() {
		IToc toc = guideToc();
		List<String> hrefs = new ArrayList<>();
		hrefs.add(toc.getTopic(null).getHref());
		collect(toc.getTopics(), hrefs);
		assertTrue(hrefs.size() >= 12, "the officer's, the analyst's and the trainer's pages are listed: " + hrefs);
		for (String href : hrefs) {
			String prefix = "/" + DOC_BUNDLE + "/";
			assertTrue(href.startsWith(prefix), href + " is a page of the doc bundle");
			assertPageExists(href.substring(prefix.length()), "the contents entry " + href);
		}
		for (String role : List.of("The officer in the field", "The analyst at headquarters", "The trainer")) {
			assertTrue(labels(toc.getTopics()).contains(role), "the contents have a guide for " + role);
		}
	}

	@Test
	public void everyLinkAndPictureOfThePagesIsInTheBundle() throws IOException {
		List<String> pages = Collections.list(doc.getEntryPaths("guide/")).stream()
				.filter(path -> path.endsWith(".html")).toList();
		assertTrue(pages.size() >= 13, "the pages are packaged: " + pages);
		Set<String> pictures = new LinkedHashSet<>();
		for (String page : pages) {
			String html = read(page);
			Matcher links = LINK.matcher(html);
			while (links.find()) {
				String link = links.group(1);
				if (link.startsWith("http:") || link.startsWith("https:")) {
					continue;
				}
				String target = resolve(page, link);
				assertPageExists(target, page + " links to " + link);
				if (target.endsWith(".png")) {
					pictures.add(target);
				}
			}
		}
		assertTrue(pictures.size() >= 10, "the pages show the product's screenshots: " + pictures);
	}

	@Test
	public void everyContextIdTheCodeNamesHasItsHelp() throws IllegalAccessException {
		List<String> ids = new ArrayList<>();
		for (Field field : HelpContexts.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				ids.add((String) field.get(null));
			}
		}
		assertEquals(Set.copyOf(ids), Set.copyOf(HelpContexts.ALL), "HelpContexts.ALL lists every id it declares");
		for (String id : ids) {
			IContext context = HelpSystem.getContext(id);
			assertNotNull(context, "contexts.xml describes " + id);
			assertFalse(context.getText().isBlank(), id + " says something");
			IHelpResource[] topics = context.getRelatedTopics();
			assertTrue(topics.length > 0, id + " points into the guide");
			for (IHelpResource topic : topics) {
				String href = topic.getHref();
				String prefix = "/" + DOC_BUNDLE + "/";
				assertTrue(href.startsWith(prefix), href);
				assertPageExists(href.substring(prefix.length()), "the context " + id + " links to " + href);
			}
		}
	}

	private IToc guideToc() {
		for (IToc toc : HelpSystem.getTocs()) {
			if (GUIDE_TITLE.equals(toc.getLabel())) {
				return toc;
			}
		}
		throw new AssertionError("Help > Help Contents has no " + GUIDE_TITLE);
	}

	private static void collect(ITopic[] topics, List<String> hrefs) {
		for (ITopic topic : topics) {
			hrefs.add(topic.getHref());
			collect(topic.getSubtopics(), hrefs);
		}
	}

	private static List<String> labels(ITopic[] topics) {
		List<String> labels = new ArrayList<>();
		for (ITopic topic : topics) {
			labels.add(topic.getLabel());
		}
		return labels;
	}

	/** Fails unless the bundle holds {@code path}, and, for {@code page#anchor}, the page has that id. */
	private void assertPageExists(String path, String what) {
		int hash = path.indexOf('#');
		String file = hash < 0 ? path : path.substring(0, hash);
		URL entry = doc.getEntry(file);
		assertNotNull(entry, what + ": " + file + " is in " + DOC_BUNDLE);
		if (hash >= 0) {
			String anchor = path.substring(hash + 1);
			try {
				assertTrue(read(file).contains("id=\"" + anchor + "\""), what + ": " + file + " has #" + anchor);
			} catch (IOException e) {
				throw new AssertionError(e);
			}
		}
	}

	private String read(String path) throws IOException {
		try (InputStream in = doc.getEntry(path).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** {@code link} as a path inside the bundle, read from the page at {@code page}. */
	private static String resolve(String page, String link) {
		List<String> parts = new ArrayList<>(List.of(page.split("/")));
		parts.remove(parts.size() - 1);
		for (String part : link.split("/")) {
			if (part.equals("..")) {
				parts.remove(parts.size() - 1);
			} else if (!part.equals(".")) {
				parts.add(part);
			}
		}
		return String.join("/", parts);
	}
}
