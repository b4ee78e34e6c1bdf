package org.counterpart.store.journal;

import java.io.IOException;

/** Receives operations one at a time as a journal is streamed (for example into a package being written). */
@FunctionalInterface
public interface OperationSink {

	void accept(Operation operation) throws IOException;
}
