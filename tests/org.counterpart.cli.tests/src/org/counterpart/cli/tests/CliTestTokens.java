package org.counterpart.cli.tests;

import java.util.List;

import org.counterpart.tests.harness.SoftHsmTokens;

/**
 * The SoftHSM2 tokens of this test bundle: SoftHSM2 lists its tokens once per JVM, so every test asks for its token
 * through this one list of purposes.
 */
final class CliTestTokens {

	static final String DEVICE = "device";
	static final String EMPTY = "empty";
	static final String UNCERTIFIED = "uncertified";
	private static final List<String> PURPOSES = List.of(DEVICE, EMPTY, UNCERTIFIED);

	private CliTestTokens() {
	}

	static SoftHsmTokens.Token token(String purpose) throws Exception {
		return SoftHsmTokens.token(purpose, PURPOSES);
	}
}
