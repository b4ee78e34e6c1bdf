package org.counterpart.hq.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Headquarters' records in the shared store are properties text in UTF-8: written and read here. */
final class RecordProperties {

	private RecordProperties() {
	}

	static byte[] bytes(Properties properties) {
		StringWriter out = new StringWriter();
		try {
			properties.store(out, null);
		} catch (IOException impossible) {
			throw new IllegalStateException(impossible);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static Properties read(byte[] data) throws IOException {
		Properties properties = new Properties();
		properties.load(new StringReader(new String(data, StandardCharsets.UTF_8)));
		return properties;
	}
}
