package org.counterpart.ui.tests;

import java.util.List;

import org.counterpart.tests.harness.SoftHsmTokens;

/**
 * The SoftHSM2 tokens of this test bundle: SoftHSM2 lists its tokens once per JVM, so every test class asks for its
 * token through this one list of purposes.
 */
final class UiTestTokens {

	static final String ENROL = "enrol";
	static final String EXCHANGE = "exchange";
	private static final List<String> PURPOSES = List.of(ENROL, EXCHANGE);

	private UiTestTokens() {
	}

	static SoftHsmTokens.Token token(String purpose) throws Exception {
		return SoftHsmTokens.token(purpose, PURPOSES);
	}
}
