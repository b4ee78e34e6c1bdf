package org.counterpart.doc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.help.internal.base.BaseHelpSystem;
import org.eclipse.help.internal.search.ISearchHitCollector;
import org.eclipse.help.internal.search.QueryTooComplexException;
import org.eclipse.help.internal.search.SearchHit;
import org.eclipse.help.internal.search.SearchQuery;
import org.junit.jupiter.api.Test;

/**
 * The guide's search (Lucene inside OSGi) and the help server (Jetty and the help web application) that the help
 * window shows the pages from.
 */
public class HelpSearchTest {

	@Test
	public void searchingForAWordOfTheGuideFindsItsPage() throws QueryTooComplexException {
		assertEquals(List.of("/org.counterpart.doc/guide/officer-diagrams.html"), search("rubber"));
		assertTrue(search("passphrase").contains("/org.counterpart.doc/guide/officer-first-start.html"),
				"the first start page is found by the passphrase");
		assertEquals(List.of(), search("zyzzyvaquux"), "a word in no page finds nothing");
	}

	@Test
	public void theHelpServerServesThePagesAndTheHelpWindow() throws Exception {
		assertTrue(BaseHelpSystem.ensureWebappRunning(), "the help server starts");
		String base = "http://" + org.eclipse.help.internal.server.WebappManager.getHost() + ":"
				+ org.eclipse.help.internal.server.WebappManager.getPort() + "/help";
		HttpResponse<String> page = get(base + "/topic/org.counterpart.doc/guide/officer-capture.html");
		assertEquals(200, page.statusCode());
		assertTrue(page.body().contains("Save as Final"), page.body());
		HttpResponse<String> picture = get(base + "/topic/org.counterpart.doc/images/capture.png");
		assertEquals(200, picture.statusCode(), "the page's picture is served");
		HttpResponse<String> window = get(base + "/index.jsp");
		assertEquals(200, window.statusCode(), "the help window's frame set is compiled and served");
		HttpResponse<String> toc = get(base + "/advanced/tocView.jsp");
		assertEquals(200, toc.statusCode(), "the help window's contents are compiled and served");
	}

	private static List<String> search(String word) throws QueryTooComplexException {
		List<String> hrefs = new ArrayList<>();
		ISearchHitCollector collector = new ISearchHitCollector() {
			@Override
			public void addHits(List<SearchHit> hits, String wordsSearched) {
				for (SearchHit hit : hits) {
					if (!hit.isPotentialHit()) {
						hrefs.add(hit.getHref());
					}
				}
			}

			@Override
			public void addQTCException(QueryTooComplexException exception) throws QueryTooComplexException {
				throw exception;
			}
		};
		BaseHelpSystem.getLocalSearchManager().search(new SearchQuery(word, false, List.of(), "en"), collector,
				new NullProgressMonitor());
		return hrefs;
	}

	private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}
}
